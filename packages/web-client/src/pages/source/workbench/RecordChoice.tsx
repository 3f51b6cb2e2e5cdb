import type { SearchKind, UserErrorCode, UserErrorFieldsFragment } from '@samverkan/schema';
import { Field, type Refusal } from '../../../components/Form';
import type { Ref } from '../../../edit/fields';
import { Chosen, Picker } from '../../../edit/Picker';
import { useT } from '../../../i18n';

/** A user error of a workbench form's own, at its field: nothing was sent. */
export const missing = (
  field: string,
  code: UserErrorCode = 'REQUIRED',
): UserErrorFieldsFragment => ({
  field: ['input', field],
  code,
  message: `${field}: ${code}`,
});

/** One record of `kind`, chosen by searching, shown once chosen with a button that removes it. */
export function RecordChoice({
  label,
  name,
  refusal,
  kind,
  record,
  onChoose,
}: {
  label: string;
  name: string;
  refusal: Refusal;
  kind: SearchKind | readonly SearchKind[];
  record: Ref | null;
  onChoose: (record: Ref | null) => void;
}) {
  const { t } = useT();
  return (
    <Field label={label} name={name} refusal={refusal} hint={t.editSearchHint} words={t.editErrors}>
      {(control) => (
        <>
          <Chosen refs={record ? [record] : []} onRemove={() => onChoose(null)} />
          <Picker control={control} kind={kind} onChoose={onChoose} />
        </>
      )}
    </Field>
  );
}
