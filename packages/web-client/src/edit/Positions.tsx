import {
  PositionCreateDocument,
  PositionEndDocument,
  PositionRetractDocument,
} from '@samverkan/schema';
import { useState } from 'react';
import { today } from '../day';
import { request } from '../graphql';
import { useT } from '../i18n';
import { useViewer } from '../viewer';
import { Confirm } from './Confirm';
import { FieldInput } from './FieldInput';
import type { Ref, Value } from './fields';
import { hasEditorRole } from './role';
import { useOpener } from './useOpener';

/** A position as the person's page lists it. */
interface Position {
  id: string;
  version: number;
  title: string | null;
  viewerCanUpdate: boolean;
  actor: { name: string };
}

/** A field of one of these small forms: its value and how it changes. */
function useValue<T extends Value>(initial: T) {
  const [value, setValue] = useState<T>(initial);
  return { value, onChange: (next: Value) => setValue(next as T) };
}

/**
 * Ending a position on a day (it held until then) or retracting it (it never held: entered by
 * mistake), with the reason the history keeps; for those who may change it.
 */
export function PositionControls({
  position,
  person,
  onChanged,
}: {
  position: Position;
  person: string;
  onChanged: () => void;
}) {
  const { t } = useT();
  const { open, opens, close, toolbar } = useOpener<'end' | 'retract'>();
  const validTo = useValue(today());
  const reason = useValue('');
  if (!position.viewerCanUpdate) return null;
  const what = `${position.title ? `${position.title}, ` : ''}${position.actor.name}`;
  const done = () => {
    close();
    onChanged();
  };
  const input = { id: position.id, version: position.version };
  return (
    <span className="relation-actions" ref={toolbar}>
      <button type="button" className="link-button" aria-haspopup="dialog" onClick={opens('end')}>
        {t.editEnd}
        <span className="visually-hidden"> {what}</span>
      </button>
      <button
        type="button"
        className="link-button"
        aria-haspopup="dialog"
        onClick={opens('retract')}
      >
        {t.editRetract}
        <span className="visually-hidden"> {what}</span>
      </button>
      {open === 'end' && (
        <Confirm
          title={t.editEndTitle(what)}
          what={t.editEndPositionWhat(person, what, validTo.value)}
          fields={['validTo']}
          yes={t.editEnd}
          send={async () => ({
            errors: (
              await request(PositionEndDocument, { input: { ...input, validTo: validTo.value } })
            ).positionEnd.userErrors,
          })}
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
      {open === 'retract' && (
        <Confirm
          title={t.editRetractTitle(what)}
          what={t.editRetractWhat(what)}
          fields={['reason']}
          yes={t.editRetract}
          send={async () => ({
            errors: (
              await request(PositionRetractDocument, { input: { ...input, reason: reason.value } })
            ).positionRetract.userErrors,
          })}
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

/** A new position of the person at an actor, for editors (the API decides by the actor's areas). */
export function AddPosition({
  person,
  onChanged,
}: {
  person: { id: string; name: string };
  onChanged: () => void;
}) {
  const { t } = useT();
  const { state } = useViewer();
  const { open, opens, close, toolbar } = useOpener<'add'>();
  const actor = useValue<Ref | null>(null);
  const title = useValue('');
  const validFrom = useValue('');
  if (!hasEditorRole(state.data?.viewer.role)) return null;
  return (
    <div className="record-actions" ref={toolbar}>
      <button
        type="button"
        className="form-secondary"
        aria-haspopup="dialog"
        onClick={opens('add')}
      >
        {t.editAddPosition}
      </button>
      {open === 'add' && (
        <Confirm
          title={t.editAddPositionTitle(person.name)}
          what={
            actor.value
              ? t.editAddPositionWhat(person.name, actor.value.name, title.value.trim())
              : t.editAddPositionChoose
          }
          fields={['actor', 'title', 'validFrom']}
          yes={t.editCreate}
          send={async () => ({
            errors: (
              await request(PositionCreateDocument, {
                input: {
                  person: person.id,
                  actor: actor.value?.id ?? '',
                  title: title.value.trim() || null,
                  validFrom: validFrom.value.trim() || null,
                },
              })
            ).positionCreate.userErrors,
          })}
          onDone={() => {
            close();
            onChanged();
          }}
          onClose={close}
        >
          {(refusal) => (
            <>
              <FieldInput
                field={{ name: 'actor', kind: 'ref', search: 'ACTOR', required: true }}
                {...actor}
                refusal={refusal}
                words={t.editErrors}
              />
              <FieldInput
                field={{ name: 'title', kind: 'text' }}
                {...title}
                refusal={refusal}
                words={t.editErrors}
              />
              <FieldInput
                field={{ name: 'validFrom', kind: 'date' }}
                {...validFrom}
                refusal={refusal}
                words={t.editErrors}
              />
            </>
          )}
        </Confirm>
      )}
    </div>
  );
}
