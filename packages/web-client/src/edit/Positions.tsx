import { PositionEndDocument, PositionRetractDocument } from '@samverkan/schema';
import { request } from '../graphql';
import { useT } from '../i18n';
import { AddRelation, RelationControls, type Relation } from './Relations';

/**
 * A person's position: edit, end or retract it, for those who may. `person`: the person's name.
 */
export function PositionControls({
  position,
  person,
  onChanged,
}: {
  position: Relation & { title: string | null; actor: { name: string } };
  person: string;
  onChanged: () => void;
}) {
  const { t } = useT();
  const what = `${position.title ? `${position.title}, ` : ''}${position.actor.name}`;
  return (
    <RelationControls
      typename="Position"
      relation={position}
      what={what}
      endWhat={(day) => t.editEndPositionWhat(person, what, day)}
      end={async (input) => (await request(PositionEndDocument, { input })).positionEnd.userErrors}
      retract={async (input) =>
        (await request(PositionRetractDocument, { input })).positionRetract.userErrors
      }
      onChanged={onChanged}
    />
  );
}

/** A new position of the person at an actor. */
export function AddPosition({
  person,
  onChanged,
}: {
  person: { id: string; name: string };
  onChanged: () => void;
}) {
  const { t } = useT();
  return (
    <AddRelation
      typename="Position"
      label={t.editAddPosition}
      title={t.editAddPositionTitle(person.name)}
      fixed={{ person: person.id }}
      onChanged={onChanged}
    />
  );
}
