import { ActionSetStatusDocument, type UserErrorFieldsFragment } from '@samverkan/schema';
import { useState } from 'react';
import { useErrorText } from '../components/Form';
import { useT } from '../i18n';
import { changeOf } from './kind';
import { ACTION_STATUSES } from './meeting-kinds';
import { refusedAsUserError } from './RecordForm';

/**
 * A change made at once from a list, without a dialog (a status chosen, an agenda item moved):
 * `run` makes it and reads the page again, or shows why it was refused (`shown`, an alert).
 */
export function useInstantChange(onChanged: () => void) {
  const { t } = useT();
  const errorText = useErrorText(t.editErrors);
  const [busy, setBusy] = useState(false);
  const [refused, setRefused] = useState<string | null>(null);
  const run = async (change: () => Promise<UserErrorFieldsFragment[]>) => {
    setBusy(true);
    try {
      const { errors } = await refusedAsUserError(async () => ({ errors: await change() }));
      setRefused(errors.length ? errors.map(errorText).join(' ') : null);
      if (errors.length === 0) onChanged();
    } catch (error) {
      setRefused((error as Error).message);
    } finally {
      setBusy(false);
    }
  };
  const shown = refused ? (
    <span role="alert" className="form-error">
      {refused}
    </span>
  ) : null;
  return { run, busy, shown };
}

/** An action's status: for those who may change it, a list that sets it as it is chosen. */
export function ActionStatusChoice({
  action,
  onChanged,
}: {
  action: { id: string; version: number; title: string; status: string; viewerCanUpdate: boolean };
  onChanged: () => void;
}) {
  const { t, label } = useT();
  const change = useInstantChange(onChanged);
  if (!action.viewerCanUpdate) return <span className="badge">{label(action.status)}</span>;
  return (
    <>
      <select
        className="status-choice"
        aria-label={t.editStatusOf(action.title)}
        value={action.status}
        disabled={change.busy}
        onChange={(event) =>
          change.run(() =>
            changeOf(ActionSetStatusDocument, {
              id: action.id,
              version: action.version,
              status: event.target.value,
            }),
          )
        }
      >
        {ACTION_STATUSES.map((status) => (
          <option key={status} value={status}>
            {label(status)}
          </option>
        ))}
      </select>
      {change.shown}
    </>
  );
}
