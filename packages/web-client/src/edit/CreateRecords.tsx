import { lazy, Suspense } from 'react';
import { useT } from '../i18n';
import { Link } from '../router';
import { routes } from '../routes';
import { useViewer } from '../viewer';
import type { EditTypename } from './kinds';
import { hasEditorRole } from './role';
import { useOpener } from './useOpener';
import '../components/Form.css';
import './actions.css';

// The forms come with their own chunk, fetched when an editor first opens one: the start page's
// first load stays as it was for readers.
const CreateDialog = lazy(() => import('./CreateDialog'));
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
        <Link to={routes.import} className="create-import">
          {t.importFromFile}
        </Link>
      </div>
      {open && (
        <Suspense fallback={<p>{t.loading}</p>}>
          <CreateDialog typename={open} onClose={close} />
        </Suspense>
      )}
    </section>
  );
}
