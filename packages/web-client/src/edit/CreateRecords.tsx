import { hasEditorRole } from './role';
import { useT } from '../i18n';
import { navigate } from '../router';
import { recordUrl } from '../routes';
import { useViewer } from '../viewer';
import { Dialog } from './Dialog';
import { EDIT_KINDS, type EditTypename } from './kinds';
import { RecordForm } from './RecordForm';
import { useOpener } from './useOpener';

const KINDS: EditTypename[] = ['Actor', 'Person', 'Forum', 'Strategy'];

/**
 * "Add to the register", for editors and admins only: a new actor, person, forum or strategy in
 * a dialog, then its page. (The API decides where an editor may add one: the areas given.)
 */
export function CreateRecords() {
  const { t } = useT();
  const { state } = useViewer();
  const { open, opens, close, toolbar } = useOpener<EditTypename>();
  if (!hasEditorRole(state.data?.viewer.role)) return null;
  return (
    <section aria-labelledby="create-heading" className="card create-records">
      <h2 id="create-heading">{t.editAddTitle}</h2>
      <p className="muted">{t.editAddLead}</p>
      <div className="record-actions" ref={toolbar}>
        {KINDS.map((kind) => (
          <button
            key={kind}
            type="button"
            className="form-secondary"
            aria-haspopup="dialog"
            onClick={opens(kind)}
          >
            {t.editNew[kind]}
          </button>
        ))}
      </div>
      {open && (
        <Dialog title={t.editNew[open]} onClose={close}>
          <RecordForm
            kind={EDIT_KINDS[open]}
            id={null}
            onSaved={(record) => {
              close();
              if (record) navigate(recordUrl({ __typename: open, slug: record.slug }));
            }}
          />
        </Dialog>
      )}
    </section>
  );
}
