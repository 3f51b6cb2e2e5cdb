import {
  WebhookDeliveryPageDocument,
  type WebhookDeliveryPageQuery,
  type WebhookDeliveryStatus,
} from '@samverkan/schema';
import { useId, useState } from 'react';
import { formatMoment } from '../../../moment';
import { DELIVERY_STATUSES } from '../../../enums';
import { useQuery } from '../../../graphql';
import { useT } from '../../../i18n';

const PAGE_SIZE = 20;

type DeliveryPage = Extract<
  NonNullable<WebhookDeliveryPageQuery['node']>,
  { deliveries: unknown }
>['deliveries'];
type Delivery = DeliveryPage['nodes'][number];

/**
 * A webhook's deliveries, the newest change first, twenty at a time ("Visa äldre leveranser"),
 * all or those that stand so: each change in words, its status, attempts, the receiver's last
 * answer or what went wrong, and when it is tried again.
 */
export function Deliveries({ id, paused }: { id: string; paused: boolean }) {
  const { t } = useT();
  const statusId = useId();
  const [status, setStatus] = useState<WebhookDeliveryStatus | null>(null);
  // The cursors of the pages shown: the newest page, then each older one asked for.
  const [cursors, setCursors] = useState<(string | null)[]>([null]);
  return (
    <section aria-labelledby="deliveries-heading">
      <h2 id="deliveries-heading">{t.webhookDeliveries}</h2>
      <p>{t.deliveriesIntro}</p>
      <p className="deliveries-filter">
        <label htmlFor={statusId}>{t.deliveriesShow}</label>{' '}
        <select
          id={statusId}
          value={status ?? ''}
          onChange={(event) => {
            setStatus((event.target.value || null) as WebhookDeliveryStatus | null);
            setCursors([null]);
          }}
        >
          <option value="">{t.deliveriesAll}</option>
          {DELIVERY_STATUSES.map((value) => (
            <option key={value} value={value}>
              {t.deliveryStatuses[value]}
            </option>
          ))}
        </select>
      </p>
      <ul className="deliveries">
        {cursors.map((after, index) => (
          <DeliveriesFrom
            key={after ?? 'newest'}
            id={id}
            status={status}
            after={after}
            isLast={index === cursors.length - 1}
            paused={paused}
            onOlder={(cursor) => setCursors([...cursors, cursor])}
          />
        ))}
      </ul>
    </section>
  );
}

/** One page of deliveries; the first says how many there are, the last offers older ones. */
function DeliveriesFrom({
  id,
  status,
  after,
  isLast,
  paused,
  onOlder,
}: {
  id: string;
  status: WebhookDeliveryStatus | null;
  after: string | null;
  isLast: boolean;
  paused: boolean;
  onOlder: (cursor: string) => void;
}) {
  const { t, lang } = useT();
  const state = useQuery(WebhookDeliveryPageDocument, {
    id,
    first: PAGE_SIZE,
    after,
    status,
    lang: lang === 'en' ? 'EN' : 'SV',
  });
  if (state.status === 'loading') return <li className="muted">{t.loading}</li>;
  if (state.status === 'error') return <li role="alert">{state.error.message}</li>;
  const node = state.data.node;
  const page = node && 'deliveries' in node ? node.deliveries : null;
  if (!page) return null;
  const { endCursor, hasNextPage } = page.pageInfo;
  return (
    <>
      {after === null && (
        <li className="muted deliveries-count">
          {page.totalCount ? t.deliveriesCount(page.totalCount) : t.deliveriesNone}
        </li>
      )}
      {page.nodes.map((delivery) => (
        <DeliveryItem key={delivery.id} delivery={delivery} paused={paused} />
      ))}
      {isLast && hasNextPage && endCursor && (
        <li>
          <button type="button" className="link-button" onClick={() => onOlder(endCursor)}>
            {t.deliveriesOlder}
          </button>
        </li>
      )}
    </>
  );
}

/** A delivery; while its webhook is paused, one not delivered waits for it to resume. */
function DeliveryItem({ delivery, paused }: { delivery: Delivery; paused: boolean }) {
  const { t, lang } = useT();
  const at = (value: string) => formatMoment(lang, value);
  const attempts = [
    t.deliveryAttempts(delivery.attempts),
    delivery.lastAttemptAt && t.deliveryLastAttempt(at(delivery.lastAttemptAt)),
    delivery.lastResponseStatus !== null
      ? t.deliveryResponse(delivery.lastResponseStatus)
      : delivery.attempts > 0 && t.deliveryNoResponse,
    delivery.nextAttemptAt &&
      (paused ? t.deliveryWhenResumed : t.deliveryNext(at(delivery.nextAttemptAt))),
    delivery.deliveredAt && t.deliveredAt(at(delivery.deliveredAt)),
  ].filter(Boolean);
  return (
    <li className="delivery">
      <p className="delivery-change">
        <span className={`badge delivery-${delivery.status.toLowerCase()}`}>
          {t.deliveryStatuses[delivery.status]}
        </span>{' '}
        {delivery.change.summary}
      </p>
      <p className="muted">
        {t.deliveryEvent(delivery.eventId)} · {at(delivery.change.occurredAt)}
      </p>
      <p>{attempts.join(' · ')}</p>
      {delivery.lastError && (
        <p className="delivery-error">
          {/* The API's own words: a status and the start of the answer, a timeout … */}
          <code lang="en">{delivery.lastError}</code>
        </p>
      )}
    </li>
  );
}
