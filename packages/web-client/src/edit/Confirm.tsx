import type { UserErrorFieldsFragment } from '@samverkan/schema';
import type { ReactNode } from 'react';
import { FormFooter, useFormSender } from '../components/Form';
import { useT } from '../i18n';
import { Dialog } from './Dialog';
import { refusedAsUserError } from './RecordForm';

/**
 * A change that is not an edit (archive, restore, dissolve, merge, a successor, retract, end),
 * asked first in a dialog: `what` says what will change, `children` are the fields it needs (a
 * day, the other record, a reason), `send` makes it and gives its user errors; `onDone` when it
 * was accepted. `fields` names the fields whose errors show under them.
 */
export function Confirm({
  title,
  what,
  fields = [],
  yes,
  send,
  onDone,
  onClose,
  children,
}: {
  title: string;
  what: ReactNode;
  fields?: string[];
  yes: string;
  send: () => Promise<{ errors: UserErrorFieldsFragment[] }>;
  onDone: () => void;
  onClose: () => void;
  children?: (refusal: ReturnType<typeof useFormSender>['refusal']) => ReactNode;
}) {
  const { t } = useT();
  const { busy, refusal, submit } = useFormSender(async () => {
    const { errors } = await refusedAsUserError(send);
    if (errors.length === 0) onDone();
    return errors;
  });
  return (
    <Dialog title={title} onClose={onClose}>
      <form className="form edit-form" onSubmit={submit} noValidate>
        {children?.(refusal)}
        <p className="confirm-what" aria-live="polite" tabIndex={-1}>
          {what}
        </p>
        <div className="edit-buttons">
          <FormFooter refusal={refusal} fields={fields} busy={busy} words={t.editErrors}>
            {yes}
          </FormFooter>
          <button type="button" className="form-secondary" onClick={onClose}>
            {t.editCancel}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
