import { useId, useState, type FormEvent, type InputHTMLAttributes, type ReactNode } from 'react';
import type { UserErrorFieldsFragment } from '@samverkan/schema';
import { useT, wordFor } from '../i18n';
import './Form.css';

/** What a form shows after it was sent: the API's user errors, or a failure to reach it. */
export interface Refusal {
  errors: UserErrorFieldsFragment[];
  failure: string | null;
}

/** A form's own words for user errors, by field and code (`name:REQUIRED`) or by code. */
export type ErrorWords = Readonly<Record<string, string>>;

/**
 * A user error in the client's language when it has words for it (for its field and code, as
 * `areas:REQUIRED`, or for its code; a form's own `words` first), else the API's.
 */
export function useErrorText(words?: ErrorWords) {
  const { t } = useT();
  return (error: UserErrorFieldsFragment) =>
    [words, t.userErrors]
      .flatMap((map) =>
        map ? [wordFor(map, `${error.field[1]}:${error.code}`), wordFor(map, error.code)] : [],
      )
      .find(Boolean) ?? error.message;
}

/**
 * Sends a form once at a time: `send` runs the mutation and gives its user errors (empty when it
 * was accepted); the form shows those under their fields and the rest above its button.
 */
export function useFormSender(send: () => Promise<UserErrorFieldsFragment[]>) {
  const [busy, setBusy] = useState(false);
  const [refusal, setRefusal] = useState<Refusal>({ errors: [], failure: null });
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    setBusy(true);
    try {
      setRefusal({ errors: await send(), failure: null });
    } catch (error) {
      setRefusal({ errors: [], failure: (error as Error).message });
    } finally {
      setBusy(false);
    }
  };
  return { busy, refusal, submit };
}

/** What a field gives its control: its id and how it is described (hint, errors). */
export interface FieldControl {
  id: string;
  name: string;
  'aria-invalid': true | undefined;
  'aria-describedby': string | undefined;
}

/**
 * A labelled field with its hint and the user errors of its field (`name`) under it; `children`
 * draws the control. A `group` (several controls) is a fieldset named by its legend.
 */
export function Field({
  label,
  name,
  refusal,
  hint,
  group = false,
  words,
  children,
}: {
  label: string;
  name: string;
  refusal: Refusal;
  hint?: ReactNode;
  group?: boolean;
  words?: ErrorWords;
  children: (control: FieldControl) => ReactNode;
}) {
  const id = useId();
  const errorText = useErrorText(words);
  const errors = refusal.errors.filter((error) => error.field[1] === name);
  const described = [hint ? `${id}-hint` : null, errors.length ? `${id}-error` : null]
    .filter(Boolean)
    .join(' ');
  const control: FieldControl = {
    id,
    name,
    'aria-invalid': errors.length > 0 || undefined,
    'aria-describedby': described || undefined,
  };
  const parts = (
    <>
      {hint && (
        <p className="form-hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      {children(control)}
      {errors.length > 0 && (
        <p className="form-error" id={`${id}-error`}>
          {errors.map(errorText).join(' ')}
        </p>
      )}
    </>
  );
  return group ? (
    <fieldset className="form-field form-group" aria-describedby={control['aria-describedby']}>
      <legend>{label}</legend>
      {parts}
    </fieldset>
  ) : (
    <div className="form-field">
      <label htmlFor={id}>{label}</label>
      {parts}
    </div>
  );
}

/** A labelled input with the user errors of its field (`name`) under it. */
export function FormField({
  label,
  name,
  refusal,
  hint,
  ...input
}: {
  label: string;
  name: string;
  refusal: Refusal;
  hint?: ReactNode;
} & InputHTMLAttributes<HTMLInputElement>) {
  return (
    <Field label={label} name={name} refusal={refusal} hint={hint}>
      {(control) => <input {...control} {...input} />}
    </Field>
  );
}

/** The errors of a refused form not about one of its fields, and the form's button. */
export function FormFooter({
  refusal,
  fields,
  busy,
  words,
  children,
}: {
  refusal: Refusal;
  fields: string[];
  busy: boolean;
  words?: ErrorWords;
  children: ReactNode;
}) {
  const { t } = useT();
  const errorText = useErrorText(words);
  const general = refusal.errors.filter((error) => !fields.includes(error.field[1]));
  const messages = [...general.map(errorText), ...(refusal.failure ? [refusal.failure] : [])];
  return (
    <>
      {messages.length > 0 && (
        <p className="form-error" role="alert">
          {messages.join(' ')}
        </p>
      )}
      <button type="submit" className="form-submit" disabled={busy}>
        {busy ? t.formBusy : children}
      </button>
    </>
  );
}
