import type { UserErrorFieldsFragment } from '@samverkan/schema';
import { useEffect, useRef, useState } from 'react';
import { FormFooter, useFormSender } from '../components/Form';
import { GraphQLRequestError } from '../graphql';
import { useT } from '../i18n';
import {
  changedInput,
  createInput,
  isStale,
  same,
  unsendable,
  type Value,
  type Values,
} from './fields';
import { FieldInput } from './FieldInput';
import { blankValues, type EditKind, type Loaded } from './kinds';
import { Stale } from './Stale';

/** The kinds of field that take the form's whole width (on a wide screen, two fields a row). */
const WIDE = new Set(['textarea', 'lines', 'ref', 'refs', 'group', 'list']);

/** The form's state: the version it edits, the values it read (`base`) and the user's. */
interface FormState {
  version: number;
  base: Values;
  draft: Values;
}

/**
 * A write that the API refused outright as a user error the form can show: the record is out of
 * the user's areas (`FORBIDDEN`). Anything else is the form's failure.
 */
export async function refusedAsUserError<T extends { errors: UserErrorFieldsFragment[] }>(
  write: () => Promise<T>,
): Promise<T | { errors: UserErrorFieldsFragment[]; record: null }> {
  try {
    return await write();
  } catch (error) {
    if (!(error instanceof GraphQLRequestError && error.codes.includes('FORBIDDEN'))) throw error;
    return {
      errors: [{ field: ['input'], code: 'FORBIDDEN', message: error.message }],
      record: null,
    };
  }
}

/**
 * A record's form: a new one (`id` null) or the record as read afresh. Saving sends only what
 * the user changed, on the version read; the API's user errors show under their fields, the
 * first of them focused. A stale version shows what changed meanwhile (`Stale`).
 */
export function RecordForm({
  kind,
  id,
  fixed = {},
  onSaved,
}: {
  kind: EditKind;
  id: string | null;
  /**
   * What a new record is given besides its fields (the forum of a new membership), or instead of
   * them (the actor of a responsibility added on the actor's page: the form leaves it out).
   */
  fixed?: Record<string, unknown>;
  onSaved: (record: { slug?: string } | null) => void;
}) {
  const { t } = useT();
  const words = t.editErrors;
  const fields = kind.fields.filter(
    (field) => (id === null || !field.createOnly) && !(field.name in fixed),
  );
  const [state, setState] = useState<FormState | null>(() =>
    id === null ? { version: 0, base: blankValues(kind), draft: blankValues(kind) } : null,
  );
  const [missing, setMissing] = useState(false);
  const [stale, setStale] = useState<Loaded | null>(null);
  // Set when the user keeps their values after a stale version: saved again once the form has them.
  const resubmit = useRef(false);
  const form = useRef<HTMLFormElement>(null);

  useEffect(() => {
    if (id === null) return;
    kind.load(id).then((loaded) => {
      if (!loaded) setMissing(true);
      else setState({ version: loaded.version, base: loaded.values, draft: loaded.values });
    });
  }, [kind, id]);

  const send = async (): Promise<UserErrorFieldsFragment[]> => {
    const { version, base, draft } = state!;
    const unsent = unsendable(fields, draft);
    if (unsent.length > 0) return unsent;
    if (id === null) {
      const { errors, record } = await refusedAsUserError(() =>
        kind.create({ ...fixed, ...createInput(fields, draft) }),
      );
      if (errors.length === 0) onSaved(record);
      return errors;
    }
    const changes = changedInput(fields, base, draft);
    if (Object.keys(changes).length === 0) {
      onSaved(null);
      return [];
    }
    const { errors, record } = await refusedAsUserError(() =>
      kind.update({ id, version, ...changes }),
    );
    if (isStale(errors)) {
      const current = await kind.load(id);
      if (current) setStale(current);
      else setMissing(true);
      return [];
    }
    if (errors.length === 0) onSaved(record);
    return errors;
  };
  const { busy, refusal, submit } = useFormSender(send);

  // A refused save: the first field it names takes the focus.
  useEffect(() => {
    form.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [refusal]);
  // Keeping one's own values after a stale version: saved again, on the new version.
  useEffect(() => {
    if (!resubmit.current) return;
    resubmit.current = false;
    form.current?.requestSubmit();
  }, [state]);

  if (missing) return <p>{t.editGone}</p>;
  if (!state) return <p>{t.loading}</p>;
  const set = (name: string, value: Value) =>
    setState({ ...state, draft: { ...state.draft, [name]: value } });
  const onKeep = () => {
    const current = stale!;
    const mine = fields.filter(
      (field) => !same(field, state.base[field.name], state.draft[field.name]),
    );
    const draft = { ...current.values };
    for (const field of mine) draft[field.name] = state.draft[field.name];
    setState({ version: current.version, base: current.values, draft });
    setStale(null);
    resubmit.current = true;
  };
  const onTake = () => {
    const current = stale!;
    setState({ version: current.version, base: current.values, draft: current.values });
    setStale(null);
  };
  return (
    <form className="form edit-form" onSubmit={submit} noValidate ref={form}>
      {stale ? (
        <Stale
          fields={fields}
          base={state.base}
          draft={state.draft}
          current={stale}
          onKeep={onKeep}
          onTake={onTake}
        />
      ) : (
        <p className="form-hint">{t.editRequiredHint}</p>
      )}
      <div className="edit-grid">
        {fields.map((field) => (
          <div key={field.name} className={WIDE.has(field.kind) ? 'edit-wide' : undefined}>
            <FieldInput
              field={field}
              value={state.draft[field.name]}
              onChange={(value) => set(field.name, value)}
              refusal={refusal}
              words={words}
            />
          </div>
        ))}
      </div>
      {stale ? null : (
        <div className="edit-buttons">
          <FormFooter
            refusal={refusal}
            fields={fields.map((field) => field.name)}
            busy={busy}
            words={words}
          >
            {id === null ? t.editCreate : t.editSave}
          </FormFooter>
        </div>
      )}
    </form>
  );
}
