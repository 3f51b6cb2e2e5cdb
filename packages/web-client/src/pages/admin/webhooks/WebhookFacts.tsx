import {
  AdminWebhookDocument,
  AdminWebhooksDocument,
  WebhookDeleteDocument,
  WebhookSecretRotateDocument,
  WebhookUpdateDocument,
  type AdminWebhookFieldsFragment,
} from '@samverkan/schema';
import { useState } from 'react';
import { useErrorText } from '../../../components/Form';
import { formatMoment } from '../../../moment';
import { ShownOnce } from '../../../components/ShownOnce';
import { invalidate, request, useMutation } from '../../../graphql';
import { useT } from '../../../i18n';
import { Ask, useOpenPart } from '../Ask';
import { operationWord, recordTypeWord } from './words';

export type AdminWebhook = AdminWebhookFieldsFragment;

/** The answers a change of a webhook shows anew: the list and the webhook's page. */
const SHOWING = [AdminWebhooksDocument, AdminWebhookDocument];

/**
 * What a webhook asks for (kinds of record, changes, area), whether it is active or why it was
 * paused, its failures in a row, and what an admin does with it: pause or resume it, give it a
 * new secret (shown once) or delete it (both asked first).
 */
export function WebhookFacts({
  webhook,
  onDeleted,
}: {
  webhook: AdminWebhook;
  onDeleted: () => void;
}) {
  const { t, lang, date } = useT();
  const errorText = useErrorText();
  const { open, toggle, close } = useOpenPart<'rotate' | 'delete'>();
  const [secret, setSecret] = useState<string | null>(null);
  const update = useMutation(WebhookUpdateDocument, SHOWING);
  const refused = update.data?.webhookUpdate.userErrors ?? [];
  const { id, version, url, active } = webhook;
  const rotate = async () => {
    const { webhookSecretRotate } = await request(WebhookSecretRotateDocument, { id });
    if (webhookSecretRotate.secret) {
      close(false);
      setSecret(webhookSecretRotate.secret);
    }
    return webhookSecretRotate.userErrors;
  };
  const remove = async () => {
    const { webhookDelete } = await request(WebhookDeleteDocument, { id });
    if (webhookDelete.deletedId) {
      await invalidate(AdminWebhooksDocument);
      onDeleted();
    }
    return webhookDelete.userErrors;
  };
  return (
    <>
      {webhook.description && <p>{webhook.description}</p>}
      <dl className="account-facts">
        <dt>{t.webhookKinds}</dt>
        <dd>
          {webhook.recordTypes.map((type) => recordTypeWord(t, type)).join(', ') ||
            t.webhookAllKinds}
        </dd>
        <dt>{t.webhookOperations}</dt>
        <dd>
          {webhook.operations.map((operation) => operationWord(t, operation)).join(', ') ||
            t.webhookAllOperations}
        </dd>
        <dt>{t.webhookArea}</dt>
        <dd>{webhook.area?.name ?? t.webhookEverywhere}</dd>
        <dt>{t.webhookFailures}</dt>
        <dd>{webhook.consecutiveFailures}</dd>
      </dl>
      {!active && webhook.pausedAt && (
        <p className="webhook-paused">
          {t.webhookPausedAt(formatMoment(lang, webhook.pausedAt))}{' '}
          {/* The API's own words: by whom, or the failures and the last one. */}
          <span lang="en">{webhook.pausedReason}</span>
        </p>
      )}
      <p className="muted">{t.webhookSince(date(webhook.createdAt))}</p>
      <p className="admin-actions">
        <button
          type="button"
          className="link-button"
          disabled={update.isPending}
          onClick={() => update.mutate({ input: { id, version, active: !active } })}
        >
          {active ? t.webhookPause : t.webhookResume}
        </button>
        <button
          type="button"
          className="link-button"
          aria-expanded={open === 'rotate'}
          onClick={(event) => toggle('rotate', event)}
        >
          {t.webhookRotate}
        </button>
        <button
          type="button"
          className="link-button"
          aria-expanded={open === 'delete'}
          onClick={(event) => toggle('delete', event)}
        >
          {t.webhookDelete}
        </button>
      </p>
      {refused.length > 0 && (
        <p className="form-error" role="alert">
          {refused.map(errorText).join(' ')}
        </p>
      )}
      {secret && <ShownOnce note={t.webhookSecret} value={secret} />}
      {open === 'rotate' && (
        <Ask
          question={t.webhookRotateConfirm(url)}
          yes={t.webhookRotateYes}
          send={rotate}
          onCancel={() => close()}
        />
      )}
      {open === 'delete' && (
        <Ask
          question={t.webhookDeleteConfirm(url)}
          yes={t.webhookDeleteYes}
          send={remove}
          onCancel={() => close()}
        />
      )}
    </>
  );
}
