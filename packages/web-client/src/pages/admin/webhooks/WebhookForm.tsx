import {
  AdminWebhooksDocument,
  WebhookCreateDocument,
  type AreaChoiceFragment,
  type AuditOperation,
  type RecordType,
} from '@samverkan/schema';
import { useState } from 'react';
import { FormField, FormFooter, useFormSender } from '../../../components/Form';
import { ShownOnce } from '../../../components/ShownOnce';
import { AUDIT_OPERATIONS, RECORD_TYPES } from '../../../enums';
import { invalidate, request } from '../../../graphql';
import { useT } from '../../../i18n';
import { AreaPicker } from '../RoleAndAreas';
import { Choices } from './Choices';
import { operationWord, recordTypeWord } from './words';

/**
 * Registering a webhook: the receiver's address, what it is for, the kinds of record and of
 * change it is told of and its area (none: all); its secret is shown once, as the API answers.
 */
export function WebhookForm() {
  const { t, lang } = useT();
  const [url, setUrl] = useState('');
  const [description, setDescription] = useState('');
  const [recordTypes, setRecordTypes] = useState<RecordType[]>([]);
  const [operations, setOperations] = useState<AuditOperation[]>([]);
  const [areas, setAreas] = useState<AreaChoiceFragment[]>([]);
  const [secret, setSecret] = useState<string | null>(null);
  const { busy, refusal, submit } = useFormSender(async () => {
    const { webhookCreate } = await request(WebhookCreateDocument, {
      input: {
        url,
        description: description || null,
        recordTypes,
        operations,
        area: areas[0]?.id ?? null,
      },
    });
    if (webhookCreate.secret) {
      setSecret(webhookCreate.secret);
      setUrl('');
      setDescription('');
      setRecordTypes([]);
      setOperations([]);
      setAreas([]);
      await invalidate(AdminWebhooksDocument);
    }
    return webhookCreate.userErrors;
  });
  const typeWord = (type: RecordType) => recordTypeWord(t, type);
  const types = RECORD_TYPES.toSorted((a, b) => typeWord(a).localeCompare(typeWord(b), lang));
  return (
    <section aria-labelledby="webhook-create-heading">
      <h2 id="webhook-create-heading">{t.webhookCreateTitle}</h2>
      {secret && <ShownOnce note={t.webhookSecret} value={secret} />}
      <form className="form" onSubmit={submit} noValidate>
        <FormField
          label={t.webhookUrl}
          hint={t.webhookUrlHint}
          name="url"
          type="url"
          inputMode="url"
          autoComplete="off"
          value={url}
          onChange={(event) => setUrl(event.target.value)}
          refusal={refusal}
        />
        <FormField
          label={t.webhookDescription}
          name="description"
          autoComplete="off"
          value={description}
          onChange={(event) => setDescription(event.target.value)}
          refusal={refusal}
        />
        <Choices
          label={t.webhookKinds}
          name="recordTypes"
          hint={t.webhookKindsHint}
          values={types}
          word={typeWord}
          chosen={recordTypes}
          onChange={setRecordTypes}
          refusal={refusal}
        />
        <Choices
          label={t.webhookOperations}
          name="operations"
          hint={t.webhookOperationsHint}
          values={AUDIT_OPERATIONS}
          word={(operation) => operationWord(t, operation)}
          chosen={operations}
          onChange={setOperations}
          refusal={refusal}
        />
        <AreaPicker
          areas={areas}
          onChange={setAreas}
          refusal={refusal}
          single
          name="area"
          label={t.webhookArea}
          hint={t.webhookAreaHint}
        />
        <FormFooter
          refusal={refusal}
          fields={['url', 'description', 'recordTypes', 'operations', 'area']}
          busy={busy}
        >
          {t.webhookCreate}
        </FormFooter>
      </form>
    </section>
  );
}
