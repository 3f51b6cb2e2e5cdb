import { AdminWebhooksDocument } from '@samverkan/schema';
import { useRef } from 'react';
import { Loaded } from '../../../components/Status';
import { useQuery } from '../../../graphql';
import { useT } from '../../../i18n';
import { Link } from '../../../router';
import { routes } from '../../../routes';
import { AdminFrame } from '../AdminFrame';
import { WebhookFacts, type AdminWebhook } from './WebhookFacts';
import { WebhookForm } from './WebhookForm';
import './webhooks.css';

/** The admins' page of webhooks: every one registered, and registering another. */
export function WebhooksPage() {
  const { t } = useT();
  return (
    <AdminFrame title={t.webhooksTitle} intro={t.webhooksIntro}>
      <Webhooks />
      <WebhookForm />
    </AdminFrame>
  );
}

function Webhooks() {
  const { t } = useT();
  const list = useQuery(AdminWebhooksDocument, {});
  // A webhook deleted takes its item away: the focus goes to the list's heading.
  const heading = useRef<HTMLHeadingElement>(null);
  return (
    <section aria-labelledby="webhooks-heading">
      <h2 id="webhooks-heading" tabIndex={-1} ref={heading}>
        {t.webhooksList}
      </h2>
      <Loaded state={list} pick={(data) => data.webhooks}>
        {({ nodes, totalCount }) => (
          <>
            {nodes.length === 0 && <p className="muted">{t.webhooksNone}</p>}
            <ul className="admin-list">
              {nodes.map((webhook) => (
                <WebhookItem
                  key={webhook.id}
                  webhook={webhook}
                  onDeleted={() => heading.current?.focus()}
                />
              ))}
            </ul>
            {totalCount > nodes.length && (
              <p className="muted">{t.webhooksFirst(nodes.length, totalCount)}</p>
            )}
          </>
        )}
      </Loaded>
    </section>
  );
}

/** A webhook in the list: its receiver's address, to its page (its deliveries), and its facts. */
function WebhookItem({ webhook, onDeleted }: { webhook: AdminWebhook; onDeleted: () => void }) {
  const { t } = useT();
  const headingId = `webhook-${webhook.id}`;
  return (
    <li className="admin-item" aria-labelledby={headingId}>
      <h3 id={headingId} className="webhook-url">
        <Link to={routes.adminWebhook(webhook.id)}>{webhook.url}</Link>
        <ActiveBadge active={webhook.active} />
      </h3>
      <WebhookFacts webhook={webhook} onDeleted={onDeleted} />
      <p>
        <Link to={routes.adminWebhook(webhook.id)}>
          {t.webhookDeliveries}
          <span className="visually-hidden"> – {webhook.url}</span>
        </Link>
      </p>
    </li>
  );
}

/** Whether a webhook's deliveries are attempted. */
export function ActiveBadge({ active }: { active: boolean }) {
  const { t } = useT();
  return (
    <span className={`badge ${active ? 'webhook-active' : 'webhook-paused-badge'}`}>
      {active ? t.webhookActive : t.webhookPaused}
    </span>
  );
}
