import type { UserErrorFieldsFragment } from '@samverkan/schema';
import { useEffect, useRef, useState, type MouseEvent } from 'react';
import { FormFooter, useFormSender } from '../../components/Form';
import { useT } from '../../i18n';

/**
 * Which part under an item of an admin list is open (a form, a question), or none: a button
 * toggles its part, and closing one gives the focus back to the button that opened it.
 */
export function useOpenPart<Part extends string>() {
  const [open, setOpen] = useState<Part | null>(null);
  const opener = useRef<HTMLButtonElement | null>(null);
  useEffect(() => {
    if (open === null) opener.current?.focus();
  }, [open]);
  const toggle = (part: Part, event: MouseEvent<HTMLButtonElement>) => {
    opener.current = event.currentTarget;
    setOpen(open === part ? null : part);
  };
  /** Closes the part; `refocus: false` when something else takes the focus (a secret shown). */
  const close = (refocus = true) => {
    if (!refocus) opener.current = null;
    setOpen(null);
  };
  return { open, toggle, close };
}

/**
 * A question before a change (disabling a user, deleting a webhook …), which takes the focus as
 * it opens, and its answer: `send` makes the change and gives the API's user errors.
 */
export function Ask({
  question,
  yes,
  send,
  onCancel,
}: {
  question: string;
  yes: string;
  send: () => Promise<UserErrorFieldsFragment[]>;
  onCancel: () => void;
}) {
  const { busy, refusal, submit } = useFormSender(send);
  return (
    <form className="form admin-form" onSubmit={submit}>
      <p tabIndex={-1} ref={focusSelf}>
        {question}
      </p>
      <div className="admin-actions">
        <FormFooter refusal={refusal} fields={[]} busy={busy}>
          {yes}
        </FormFooter>
        <CancelButton onCancel={onCancel} />
      </div>
    </form>
  );
}

// A callback ref (stable, so called once, as the element appears): the question takes the focus.
const focusSelf = (element: HTMLElement | null) => element?.focus();

export function CancelButton({ onCancel }: { onCancel: () => void }) {
  const { t } = useT();
  return (
    <button type="button" className="link-button" onClick={() => onCancel()}>
      {t.adminCancel}
    </button>
  );
}
