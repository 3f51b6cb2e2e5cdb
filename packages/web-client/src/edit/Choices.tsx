import { CollaborationLevelChoicesDocument } from '@samverkan/schema';
import type { FieldControl } from '../components/Form';
import { useQuery } from '../graphql';
import { useT } from '../i18n';
import type { Ref } from './fields';

/**
 * A reference chosen from a short list the API gives whole rather than by searching: a
 * collaboration level, grouped by its scale in the order of its rank.
 */
export function LevelChoice({
  control,
  value,
  required,
  onChange,
}: {
  control: FieldControl;
  value: Ref | null;
  required: boolean;
  onChange: (value: Ref | null) => void;
}) {
  const { t } = useT();
  const { data } = useQuery(CollaborationLevelChoicesDocument, {});
  const scales = data?.collaborationScales.nodes ?? [];
  const levels = scales.flatMap((scale) => scale.levels);
  return (
    <select
      {...control}
      value={value?.id ?? ''}
      onChange={(event) => {
        const level = levels.find((option) => option.id === event.target.value);
        onChange(level ? { id: level.id, name: level.name } : null);
      }}
    >
      {required && value ? null : <option value="">{t.editNone}</option>}
      {scales.map((scale) => (
        <optgroup key={scale.id} label={scale.name}>
          {[...scale.levels]
            .sort((a, b) => a.rank - b.rank)
            .map((level) => (
              <option key={level.id} value={level.id}>
                {level.rank}. {level.name}
              </option>
            ))}
        </optgroup>
      ))}
    </select>
  );
}
