import { useT } from '../i18n';
import { navigate } from '../router';
import { recordUrl } from '../routes';
import { Dialog } from './Dialog';
import { EDIT_KINDS, type EditTypename, type PartTypename } from './kinds';
import { ArchiveActor, DissolveForum, Merge, Restore, Succeed, type Subject } from './Lifecycle';
import { RecordForm } from './RecordForm';
import { useOpener } from './useOpener';

type Action = 'edit' | 'end' | 'restore' | 'succeed' | 'merge';

/**
 * The editing controls in a record page's header, shown only when the API says the viewer may
 * change the record (`viewerCanUpdate`): edit, and by kind archive or dissolve (or restore when
 * `ended`), a successor, merging a duplicate. `onChanged` reads the page again after a change.
 * A page of a record's part (a forum's review) has "Ändra" alone.
 */
export function RecordActions({
  typename,
  record,
  ended = false,
  onChanged,
}: {
  typename: EditTypename | Extract<PartTypename, 'Review'>;
  record: Subject & { viewerCanUpdate: boolean; slug?: string };
  ended?: boolean;
  onChanged: () => void;
}) {
  const { t } = useT();
  const { open, opens, close, toolbar } = useOpener<Action>();
  if (!record.viewerCanUpdate) return null;
  const done = () => {
    close();
    onChanged();
  };
  const props = { record, onDone: done, onClose: close };
  const actions: [Action, string][] = [
    ['edit', t.editEdit],
    ...(typename === 'Actor' || typename === 'Forum'
      ? ([
          ended
            ? ['restore', t.editRestore]
            : ['end', typename === 'Actor' ? t.editArchive : t.editDissolve],
        ] as [Action, string][])
      : []),
    ...(typename === 'Actor' && !ended ? ([['succeed', t.editSucceed]] as [Action, string][]) : []),
    ...(typename === 'Actor' || typename === 'Person'
      ? ([['merge', t.editMerge]] as [Action, string][])
      : []),
  ];
  return (
    <div className="record-actions" role="group" aria-label={t.editActions} ref={toolbar}>
      {actions.map(([action, label]) => (
        <button
          key={action}
          type="button"
          className={action === 'edit' ? 'form-submit' : 'form-secondary'}
          aria-haspopup="dialog"
          onClick={opens(action)}
        >
          {label}
        </button>
      ))}
      {open === 'edit' && (
        <Dialog title={t.editTitle(record.name)} onClose={close}>
          <RecordForm
            kind={EDIT_KINDS[typename]}
            id={record.id}
            onSaved={(saved) => {
              close();
              // A new slug moves the page to its new address; else the page reads it again.
              const moved = saved?.slug && saved.slug !== record.slug;
              const to = moved ? recordUrl({ __typename: typename, slug: saved.slug! }) : null;
              if (to) navigate(to);
              else onChanged();
            }}
          />
        </Dialog>
      )}
      {open === 'end' &&
        (typename === 'Actor' ? <ArchiveActor {...props} /> : <DissolveForum {...props} />)}
      {open === 'restore' && <Restore {...props} forum={typename === 'Forum'} />}
      {open === 'succeed' && <Succeed {...props} />}
      {open === 'merge' && <Merge {...props} person={typename === 'Person'} />}
    </div>
  );
}
