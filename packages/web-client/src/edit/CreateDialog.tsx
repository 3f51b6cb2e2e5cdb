import { useT } from '../i18n';
import { navigate } from '../router';
import { recordUrl } from '../routes';
import { Dialog } from './Dialog';
import { EDIT_KINDS, type EditTypename } from './kinds';
import { RecordForm } from './RecordForm';

/** A new record's form in a dialog; once made, its page. Loaded when first opened. */
export default function CreateDialog({
  typename,
  onClose,
}: {
  typename: EditTypename;
  onClose: () => void;
}) {
  const { t } = useT();
  return (
    <Dialog title={t.editNew[typename]} onClose={onClose}>
      <RecordForm
        kind={EDIT_KINDS[typename]}
        id={null}
        onSaved={(record) => {
          onClose();
          if (record?.slug) navigate(recordUrl({ __typename: typename, slug: record.slug }));
        }}
      />
    </Dialog>
  );
}
