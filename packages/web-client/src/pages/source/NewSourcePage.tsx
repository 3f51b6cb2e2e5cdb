import {
  PublisherChoicesDocument,
  SourceCreateDocument,
  type SourceCreateInput,
} from '@samverkan/schema';
import { useState, type ChangeEvent } from 'react';
import { Field, FormField, FormFooter, useFormSender } from '../../components/Form';
import { request, useQuery } from '../../graphql';
import { useT } from '../../i18n';
import { Link, navigate, useLocation } from '../../router';
import { routes } from '../../routes';
import { useViewer } from '../../viewer';
import { ACCEPTED, kindOf, textOf } from './extract';
import { useMayAddSources } from './may-add';
import './source.css';

/** The metadata the form sends beside the text. */
const FIELDS = ['title', 'publisher', 'publishedOn', 'url', 'fileName', 'text'];

/** What became of the file chosen: being read, read (with its length), or refused. */
type Reading =
  | { state: 'reading'; name: string }
  | { state: 'read'; name: string; characters: number }
  | { state: 'failed'; message: string };

/**
 * Adding a document (`/sources/new`), for editors and administrators: a file (text, Markdown,
 * PDF or Word) whose text is read here and shown for review, or the text pasted; its title,
 * publisher, date and address; saved with `sourceCreate`, then its page opens.
 */
export function NewSourcePage() {
  const { t } = useT();
  const { path } = useLocation();
  const viewer = useViewer().state;
  const mayAdd = useMayAddSources();
  return (
    <article className="source-new">
      <header className="page-header">
        <Link to={routes.sources} className="back-link">
          ← {t.sourceAll}
        </Link>
        <h1>{t.sourceAdd}</h1>
        <p className="lead">{t.sourceNewIntro}</p>
      </header>
      {mayAdd ? (
        <SourceForm />
      ) : viewer.status === 'loading' ? (
        <p className="loading">{t.loading}</p>
      ) : (
        <div className="notice">
          <p>{t.sourceNewOnlyEditors}</p>
          {viewer.data?.viewer ? null : <Link to={routes.signIn(path)}>{t.signIn}</Link>}
        </div>
      )}
    </article>
  );
}

function SourceForm() {
  const { t } = useT();
  const publishers = useQuery(PublisherChoicesDocument, {});
  const [input, setInput] = useState<SourceCreateInput>({ title: '', text: '' });
  const [reading, setReading] = useState<Reading | null>(null);
  const set = (changes: Partial<SourceCreateInput>) => setInput((was) => ({ ...was, ...changes }));
  const { busy, refusal, submit } = useFormSender(async () => {
    const { sourceCreate } = await request(SourceCreateDocument, {
      input: Object.fromEntries(
        Object.entries(input).map(([name, value]) => [name, value === '' ? null : value]),
      ) as SourceCreateInput,
    });
    if (sourceCreate.source) navigate(routes.source(sourceCreate.source.id));
    return sourceCreate.userErrors;
  });

  const choose = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    if (!file) return;
    const kind = kindOf(file);
    if (!kind) {
      setReading({ state: 'failed', message: t.sourceNewUnknownType });
      return;
    }
    setReading({ state: 'reading', name: file.name });
    const unreadable = { state: 'failed', message: t.sourceNewUnreadable(file.name) } as const;
    try {
      const text = await textOf(file, kind);
      if (!text) {
        setReading(unreadable);
        return;
      }
      setInput((was) => ({
        ...was,
        text,
        fileName: file.name,
        title: was.title || file.name.replace(/\.[^.]+$/, ''),
      }));
      setReading({ state: 'read', name: file.name, characters: text.length });
    } catch {
      setReading(unreadable);
    }
  };

  const value = (name: keyof SourceCreateInput) => (input[name] as string | null | undefined) ?? '';
  return (
    <form className="form source-form" onSubmit={submit} noValidate>
      <Field label={t.sourceNewFile} name="file" refusal={refusal} hint={t.sourceNewFileHint}>
        {(control) => <input {...control} type="file" accept={ACCEPTED} onChange={choose} />}
      </Field>
      {reading ? (
        <p
          className={reading.state === 'failed' ? 'form-error' : 'muted'}
          role={reading.state === 'failed' ? 'alert' : 'status'}
        >
          {reading.state === 'reading'
            ? t.sourceNewReading(reading.name)
            : reading.state === 'read'
              ? t.sourceNewRead(reading.name, reading.characters)
              : reading.message}
        </p>
      ) : null}
      <Field label={t.sourceNewText} name="text" refusal={refusal} hint={t.sourceNewTextHint}>
        {(control) => (
          <textarea
            {...control}
            rows={16}
            value={value('text')}
            onChange={(event) => set({ text: event.target.value })}
          />
        )}
      </Field>
      <FormField
        label={t.sourceNewTitle}
        name="title"
        refusal={refusal}
        value={input.title}
        required
        onChange={(event) => set({ title: event.target.value })}
      />
      <Field label={t.sourcePublisher} name="publisher" refusal={refusal}>
        {(control) => (
          <select
            {...control}
            value={value('publisher')}
            onChange={(event) => set({ publisher: event.target.value })}
          >
            <option value="">{t.sourceNewNoPublisher}</option>
            {publishers.data?.actors.nodes.map((actor) => (
              <option key={actor.id} value={actor.id}>
                {actor.name}
              </option>
            ))}
          </select>
        )}
      </Field>
      <FormField
        label={t.sourceDate}
        name="publishedOn"
        refusal={refusal}
        hint={t.sourceNewDateHint}
        inputMode="numeric"
        value={value('publishedOn')}
        onChange={(event) => set({ publishedOn: event.target.value })}
      />
      <FormField
        label={t.sourceUrl}
        name="url"
        refusal={refusal}
        type="url"
        value={value('url')}
        onChange={(event) => set({ url: event.target.value })}
      />
      <FormFooter refusal={refusal} fields={FIELDS} busy={busy}>
        {t.sourceNewSave}
      </FormFooter>
    </form>
  );
}
