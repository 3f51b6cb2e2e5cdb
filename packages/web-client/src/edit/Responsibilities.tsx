import { ResponsibilityEndDocument, ResponsibilityRetractDocument } from '@samverkan/schema';
import { useT } from '../i18n';
import { changeOf } from './kind';
import { RelationControls, type Relation } from './Relations';

/**
 * A responsibility's controls after it in a list: edit (role, status, person, mandate, period,
 * sources), end on a day or retract, for those who may. `what` names it: the actor and subject.
 */
export function ResponsibilityControls({
  responsibility,
  what,
  onChanged,
}: {
  responsibility: Relation;
  what: string;
  onChanged: () => void;
}) {
  const { t } = useT();
  return (
    <RelationControls
      typename="Responsibility"
      relation={responsibility}
      what={what}
      endWhat={(day) => t.editEndResponsibilityWhat(what, day)}
      end={(input) => changeOf(ResponsibilityEndDocument, input)}
      retract={(input) => changeOf(ResponsibilityRetractDocument, input)}
      onChanged={onChanged}
    />
  );
}
