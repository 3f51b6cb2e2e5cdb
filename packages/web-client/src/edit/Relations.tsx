import type { UserErrorFieldsFragment } from '@samverkan/schema';
import { useState, type ReactNode } from 'react';
import { today } from '../day';
import { useT } from '../i18n';
import { useViewer } from '../viewer';
import { Confirm } from './Confirm';
import { Dialog } from './Dialog';
import { FieldInput } from './FieldInput';
import type { Value } from './fields';
import { EDIT_KINDS, type PartTypename } from './kinds';
import { RecordForm } from './RecordForm';
import { hasEditorRole } from './role';
import { useOpener } from './useOpener';

/** A relation as a page lists it: enough to change it. */
export interface Relation {
  id: string;
  version: number;
  viewerCanUpdate: boolean;
}

type Errors = Promise<UserErrorFieldsFragment[]>;

/** A field of one of these small forms: its value and how it changes. */
function useValue(initial: string) {
  const [value, setValue] = useState(initial);
  return { value, onChange: (next: Value) => setValue(next as string) };
}

/**
 * A relation's (or a record's part's) own controls after it in a list, for those who may change
 * it: edit it, end it on a day (it held until then) and retract it (it never held: entered by
 * mistake) with the reason the history keeps, where its kind has them (`end`, `retract`).
 * `what` names it in the controls and dialogs; `endWhat` says what ending it on a day means;
 * `children`, more controls of its kind (an action's status, an agenda item's place).
 */
export function RelationControls({
  typename,
  relation,
  what,
  endWhat,
  end,
  retract,
  onChanged,
  children,
}: {
  typename: PartTypename;
  relation: Relation;
  what: string;
  endWhat?: (day: string) => string;
  end?: (input: { id: string; version: number; validTo: string }) => Errors;
  retract?: (input: { id: string; version: number; reason: string }) => Errors;
  onChanged: () => void;
  children?: ReactNode;
}) {
  const { t } = useT();
  const { open, opens, close, toolbar } = useOpener<'edit' | 'end' | 'retract'>();
  const validTo = useValue(today());
  const reason = useValue('');
  if (!relation.viewerCanUpdate) return null;
  const done = () => {
    close();
    onChanged();
  };
  const target = { id: relation.id, version: relation.version };
  const button = (action: 'edit' | 'end' | 'retract', label: string) => (
    <button type="button" className="link-button" aria-haspopup="dialog" onClick={opens(action)}>
      {label}
      <span className="visually-hidden"> {what}</span>
    </button>
  );
  return (
    <span className="relation-actions" ref={toolbar}>
      {button('edit', t.editEdit)}
      {end && button('end', t.editEnd)}
      {retract && button('retract', t.editRetract)}
      {children}
      {open === 'edit' && (
        <Dialog title={t.editTitle(what)} onClose={close}>
          <RecordForm kind={EDIT_KINDS[typename]} id={relation.id} onSaved={done} />
        </Dialog>
      )}
      {open === 'end' && end && endWhat && (
        <Confirm
          title={t.editEndTitle(what)}
          what={endWhat(validTo.value)}
          fields={['validTo']}
          yes={t.editEnd}
          send={async () => ({ errors: await end({ ...target, validTo: validTo.value }) })}
          onDone={done}
          onClose={close}
        >
          {(refusal) => (
            <FieldInput
              field={{ name: 'validTo', kind: 'date', required: true }}
              {...validTo}
              refusal={refusal}
              words={t.editErrors}
            />
          )}
        </Confirm>
      )}
      {open === 'retract' && retract && (
        <Confirm
          title={t.editRetractTitle(what)}
          what={t.editRetractWhat(what)}
          fields={['reason']}
          yes={t.editRetract}
          send={async () => ({ errors: await retract({ ...target, reason: reason.value }) })}
          onDone={done}
          onClose={close}
        >
          {(refusal) => (
            <FieldInput
              field={{ name: 'reason', kind: 'textarea', required: true }}
              {...reason}
              refusal={refusal}
              words={t.editErrors}
            />
          )}
        </Confirm>
      )}
    </span>
  );
}

/**
 * A new relation or part from a record's page (a position of a person, a member of a forum, an
 * objective of a strategy), for editors and admins: the API decides by the areas of its ends.
 * `fixed`: the end this page is (left out of the form).
 */
export function AddRelation({
  typename,
  label,
  title,
  fixed,
  may = true,
  onChanged,
}: {
  typename: PartTypename;
  label: string;
  title: string;
  fixed: Record<string, unknown>;
  /** False where the API says the viewer may not change the record the new part belongs to. */
  may?: boolean;
  onChanged: () => void;
}) {
  const { state } = useViewer();
  const { open, opens, close, toolbar } = useOpener<'add'>();
  if (!may || !hasEditorRole(state.data?.viewer.role)) return null;
  return (
    <div className="record-actions" ref={toolbar}>
      <button
        type="button"
        className="form-secondary"
        aria-haspopup="dialog"
        onClick={opens('add')}
      >
        {label}
      </button>
      {open && (
        <Dialog title={title} onClose={close}>
          <RecordForm
            kind={EDIT_KINDS[typename]}
            id={null}
            fixed={fixed}
            onSaved={() => {
              close();
              onChanged();
            }}
          />
        </Dialog>
      )}
    </div>
  );
}
