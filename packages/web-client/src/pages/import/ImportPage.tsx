import { TRANSFER_FORMATS, type ReadRow, type TransferFormat } from '@samverkan/schema';
import { useState, type ChangeEvent, type FormEvent } from 'react';
import { Field } from '../../components/Form';
import { hasEditorRole } from '../../edit/role';
import { invalidate } from '../../graphql';
import { useT, wordFor } from '../../i18n';
import { Link, useLocation } from '../../router';
import { routes } from '../../routes';
import { useViewer } from '../../viewer';
import {
  readFile,
  rejectsFile,
  sendRows,
  type FileKind,
  type Progress,
  type RowResult,
} from './importing';
import { ResultsTable } from './ResultsTable';
import './import.css';

/** Where the import stands: a file read, checked (a dry run), being written, written. */
type Stage =
  | { step: 'choose'; problem?: string }
  | { step: 'checking' | 'writing'; progress: Progress | null }
  | { step: 'checked' | 'written'; results: RowResult[] };

/** No user errors: the page's fields are checked here, not by the API. */
const NONE = { errors: [], failure: null };

/**
 * Importing a CSV or JSON Lines file in the browser (`/import`), for editors and admins, in the
 * CLI's format (the schema package's `TRANSFER_FORMATS`): the type chosen, the file read here,
 * every row checked by the API's bulk upsert as a dry run and shown with its status, its changes
 * (records by name, values in words) and its errors at their column; then, confirmed, the valid
 * rows written in batches with progress, and the refused rows to download in the file's format
 * with their errors.
 */
export function ImportPage() {
  const { t } = useT();
  const { path } = useLocation();
  const viewer = useViewer().state;
  return (
    <article className="import-page">
      <header className="page-header">
        <h1>{t.importTitle}</h1>
        <p className="lead">{t.importLead}</p>
      </header>
      {hasEditorRole(viewer.data?.viewer?.role) ? (
        <Importer />
      ) : viewer.status === 'loading' ? (
        <p className="loading">{t.loading}</p>
      ) : (
        <div className="notice">
          <p>{t.importOnlyEditors}</p>
          {viewer.data?.viewer?.user ? null : <Link to={routes.signIn(path)}>{t.signIn}</Link>}
        </div>
      )}
    </article>
  );
}

function Importer() {
  const { t } = useT();
  const [format, setFormat] = useState<TransferFormat>(TRANSFER_FORMATS[0]);
  const [file, setFile] = useState<{
    name: string;
    rows: ReadRow[];
    columns: string[];
    kind: FileKind;
  } | null>(null);
  const [stage, setStage] = useState<Stage>({ step: 'choose' });
  /** Sends rows (a check, or the valid rows once checked); `refused`: those the check refused. */
  const send = async (dryRun: boolean, rows: ReadRow[], refused: RowResult[] = []) => {
    setStage({ step: dryRun ? 'checking' : 'writing', progress: null });
    try {
      const results = await sendRows(format, rows, dryRun, (progress) =>
        setStage({ step: dryRun ? 'checking' : 'writing', progress }),
      );
      const all = [...refused, ...results].sort((a, b) => a.read.number - b.read.number);
      setStage({ step: dryRun ? 'checked' : 'written', results: all });
      if (!dryRun) await invalidate();
    } catch (error) {
      setStage({ step: 'choose', problem: (error as Error).message });
    }
  };
  const onFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const chosen = event.target.files?.[0];
    setFile(null);
    setStage({ step: 'choose' });
    if (!chosen) return;
    const read = readFile(chosen.name, await chosen.text(), format);
    if ('notJson' in read) {
      setStage({ step: 'choose', problem: t.importNotJson(read.notJson) });
    } else if ('unknown' in read) {
      setStage({
        step: 'choose',
        problem: t.importUnknownColumns(
          read.unknown,
          format.columns.map((c) => c.name),
        ),
      });
    } else if (read.rows.length === 0) {
      setStage({ step: 'choose', problem: t.importEmpty });
    } else {
      setFile({ name: chosen.name, ...read });
    }
  };
  const onCheck = (event: FormEvent) => {
    event.preventDefault();
    if (file) void send(true, file.rows);
  };
  const checked = stage.step === 'checked' ? stage.results : [];
  const valid = checked.filter((r) => r.status !== 'FAILED');
  return (
    <>
      <form className="form card import-form" onSubmit={onCheck}>
        <Field label={t.importType} name="type" refusal={NONE} hint={t.importTypeHint}>
          {(control) => (
            <select
              {...control}
              value={format.type}
              onChange={(event) => {
                setFormat(TRANSFER_FORMATS.find((f) => f.type === event.target.value)!);
                setFile(null);
                setStage({ step: 'choose' });
              }}
            >
              {TRANSFER_FORMATS.map((f) => (
                <option key={f.type} value={f.type}>
                  {wordFor(t.importTypes, f.type) ?? f.type}
                </option>
              ))}
            </select>
          )}
        </Field>
        <p className="form-hint import-columns">
          {t.importColumns}: <code>{format.columns.map((c) => c.name).join(', ')}</code>
        </p>
        <Field label={t.importFile} name="file" refusal={NONE} hint={t.importFileHint}>
          {(control) => (
            <input
              {...control}
              key={format.type}
              type="file"
              accept=".csv,text/csv,.jsonl,.ndjson"
              onChange={onFile}
            />
          )}
        </Field>
        {stage.step === 'choose' && stage.problem ? (
          <p className="form-error" role="alert">
            {stage.problem}
          </p>
        ) : null}
        {file && stage.step === 'choose' ? (
          <button type="submit" className="form-submit">
            {t.importCheck(file.rows.length)}
          </button>
        ) : null}
      </form>
      <div role="status" className="import-status">
        {stage.step === 'checking' || stage.step === 'writing' ? (
          <Working stage={stage.step} progress={stage.progress} />
        ) : null}
      </div>
      {stage.step === 'checked' || stage.step === 'written' ? (
        <section className="card import-results" aria-labelledby="import-results-title">
          <h2 id="import-results-title">
            {stage.step === 'checked' ? t.importChecked : t.importWritten}
          </h2>
          <Counts results={stage.results} written={stage.step === 'written'} />
          {stage.step === 'checked' ? (
            <div className="import-actions">
              <button
                type="button"
                className="form-submit"
                disabled={valid.length === 0}
                onClick={() =>
                  void send(
                    false,
                    valid.map((r) => r.read),
                    checked.filter((r) => r.status === 'FAILED'),
                  )
                }
              >
                {t.importWrite(valid.length)}
              </button>
              <button
                type="button"
                className="form-secondary"
                onClick={() => setStage({ step: 'choose' })}
              >
                {t.importCancel}
              </button>
            </div>
          ) : null}
          {file ? <Rejects results={stage.results} file={file} /> : null}
          <ResultsTable
            type={format.type}
            results={stage.results}
            written={stage.step === 'written'}
          />
        </section>
      ) : null}
    </>
  );
}

/** The batches being sent, as a progress bar and in words. */
function Working({
  stage,
  progress,
}: {
  stage: 'checking' | 'writing';
  progress: Progress | null;
}) {
  const { t } = useT();
  const label = stage === 'checking' ? t.importChecking : t.importWriting;
  return (
    <div className="import-progress">
      <label>
        {label}
        <progress value={progress?.rows ?? 0} max={progress?.total ?? 1} />
      </label>
      {progress ? <p>{t.importProgress(progress)}</p> : null}
    </div>
  );
}

/** How many rows were (or would be) created, updated, left unchanged and refused. */
function Counts({ results, written }: { results: RowResult[]; written: boolean }) {
  const { t } = useT();
  const count = (status: string) => results.filter((r) => r.status === status).length;
  const words = written ? t.importStatusDone : t.importStatusWould;
  return (
    <ul className="import-counts">
      {(['CREATED', 'UPDATED', 'UNCHANGED', 'FAILED'] as const).map((status) => (
        <li key={status} className={`import-count import-${status.toLowerCase()}`}>
          <strong>{count(status)}</strong> {words[status]}
        </li>
      ))}
    </ul>
  );
}

/** A link that downloads the refused rows in the file's format, as it had them, with their errors. */
function Rejects({
  results,
  file,
}: {
  results: RowResult[];
  file: { name: string; columns: string[]; kind: FileKind };
}) {
  const { t } = useT();
  const refused = results.filter((r) => r.status === 'FAILED').length;
  if (refused === 0) return null;
  const text = rejectsFile(results, file.columns, file.kind);
  const [type, bom, ending] =
    file.kind === 'jsonl' ? ['application/jsonl', '', 'jsonl'] : ['text/csv', '\uFEFF', 'csv'];
  const href = `data:${type};charset=utf-8,${encodeURIComponent(bom + text)}`;
  const stem = file.name.replace(/\.(csv|jsonl|ndjson)$/i, '');
  return (
    <p>
      <a href={href} download={`${stem}-rejected.${ending}`}>
        {t.importRejects(refused)}
      </a>
    </p>
  );
}
