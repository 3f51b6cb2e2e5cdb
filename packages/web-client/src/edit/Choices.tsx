import {
  CollaborationFactorChoicesDocument,
  CollaborationLevelChoicesDocument,
} from '@samverkan/schema';
import type { FieldControl } from '../components/Form';
import { useQuery } from '../graphql';
import { useT } from '../i18n';
import type { Ref } from './fields';

/** What a field chosen from a list shows: its control, its value and how it changes. */
interface ChoiceProps {
  control: FieldControl;
  value: Ref | null;
  required: boolean;
  onChange: (value: Ref | null) => void;
}

/** Options under a heading of the list (a scale, a category of factors). */
interface Group {
  key: string;
  label: string;
  options: { id: string; name: string; text: string }[];
}

/**
 * A reference chosen from a short list the API gives whole rather than by searching, its options
 * grouped; "none" first unless the field is required and chosen.
 */
function GroupedChoice({
  control,
  value,
  required,
  onChange,
  groups,
}: ChoiceProps & { groups: Group[] }) {
  const { t } = useT();
  const options = groups.flatMap((group) => group.options);
  return (
    <select
      {...control}
      value={value?.id ?? ''}
      onChange={(event) => {
        const option = options.find((one) => one.id === event.target.value);
        onChange(option ? { id: option.id, name: option.name } : null);
      }}
    >
      {required && value ? null : <option value="">{t.editNone}</option>}
      {groups.map((group) => (
        <optgroup key={group.key} label={group.label}>
          {group.options.map((option) => (
            <option key={option.id} value={option.id}>
              {option.text}
            </option>
          ))}
        </optgroup>
      ))}
    </select>
  );
}

/** A collaboration level, grouped by its scale in the order of its rank. */
export function LevelChoice(props: ChoiceProps) {
  const { data } = useQuery(CollaborationLevelChoicesDocument, {});
  const groups = (data?.collaborationScales.nodes ?? []).map((scale) => ({
    key: scale.id,
    label: scale.name,
    options: [...scale.levels]
      .sort((a, b) => a.rank - b.rank)
      .map((level) => ({ id: level.id, name: level.name, text: `${level.rank}. ${level.name}` })),
  }));
  return <GroupedChoice {...props} groups={groups} />;
}

/** A collaboration factor, grouped by its category in the API's order. */
export function FactorChoice(props: ChoiceProps) {
  const { label } = useT();
  const { data } = useQuery(CollaborationFactorChoicesDocument, {});
  const groups: Group[] = [];
  for (const factor of data?.collaborationFactors ?? []) {
    if (groups.at(-1)?.key !== factor.category)
      groups.push({ key: factor.category, label: label(factor.category), options: [] });
    groups.at(-1)!.options.push({ id: factor.id, name: factor.title, text: factor.title });
  }
  return <GroupedChoice {...props} groups={groups} />;
}

/** A rating from 1 (lowest) to 5 (highest), or none. */
export function RatingChoice({
  control,
  value,
  onChange,
}: {
  control: FieldControl;
  value: string;
  onChange: (value: string) => void;
}) {
  const { t } = useT();
  return (
    <select {...control} value={value} onChange={(event) => onChange(event.target.value)}>
      <option value="">{t.editNone}</option>
      {[1, 2, 3, 4, 5].map((rating) => (
        <option key={rating} value={String(rating)}>
          {t.editRating(rating)}
        </option>
      ))}
    </select>
  );
}
