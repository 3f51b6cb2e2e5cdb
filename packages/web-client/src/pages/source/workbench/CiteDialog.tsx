import type { CitationInput } from '@samverkan/schema';
import { useMemo, useState, type ReactNode } from 'react';
import { Field, FormField, FormFooter, useFormSender } from '../../../components/Form';
import { Dialog } from '../../../edit/Dialog';
import type { Ref } from '../../../edit/fields';
import { EDIT_KINDS, type EditKind } from '../../../edit/kinds';
import { RecordForm } from '../../../edit/RecordForm';
import { useT, wordFor } from '../../../i18n';
import { addCitation, SEARCHED } from './cite';
import { missing, RecordChoice } from './RecordChoice';
import { CiteForRelation } from './CiteRelation';
import { isRelation } from './relations';
import type { Selected } from './Workbench';

type Typename = keyof typeof EDIT_KINDS;

/** No user errors shown yet. */
const NONE = { errors: [], failure: null };

/** A select of the kinds of record given, named by their kind. */
function KindChoice({
  kinds,
  value,
  onChange,
}: {
  kinds: Typename[];
  value: Typename;
  onChange: (kind: Typename) => void;
}) {
  const { t } = useT();
  return (
    <Field label={t.workbenchKind} name="kind" refusal={NONE}>
      {(control) => (
        <select
          {...control}
          value={value}
          onChange={(event) => onChange(event.target.value as Typename)}
        >
          {kinds.map((kind) => (
            <option key={kind} value={kind}>
              {wordFor(t.recordKinds, kind) ?? kind}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}

/** The citation as it will be saved: the passage quoted, and its section, which may be changed. */
function CitationShown({
  quote,
  section,
  onSection,
}: {
  quote: string;
  section: string;
  onSection: (section: string) => void;
}) {
  const { t } = useT();
  return (
    <div className="workbench-citation">
      <p className="eyebrow">{t.workbenchQuote}</p>
      <blockquote>{quote}</blockquote>
      <FormField
        label={t.section}
        name="section"
        refusal={NONE}
        hint={t.workbenchSectionHint}
        value={section}
        onChange={(event) => onSection(event.target.value)}
      />
    </div>
  );
}

/** A kind's form with what a new one is otherwise given by its page asked for first. */
const withGiven = (kind: EditKind): EditKind =>
  kind.given ? { ...kind, fields: [...kind.given, ...kind.fields] } : kind;

/** What a dialog's body is given: the citation, how it is shown, and what to do once saved. */
interface BodyProps {
  citation: CitationInput;
  shown: ReactNode;
  /** The document's date: the day whose relations are listed first. */
  day: string | null;
  onSaved: () => void;
}

/** A new record of the kind chosen, citing the passage. */
function CreateFromPassage({ citation, shown, onSaved }: BodyProps) {
  const kinds = Object.keys(EDIT_KINDS) as Typename[];
  const [typename, setTypename] = useState<Typename>(kinds[0]);
  const kind = useMemo(() => withGiven(EDIT_KINDS[typename]), [typename]);
  return (
    <>
      <KindChoice kinds={kinds} value={typename} onChange={setTypename} />
      {shown}
      <RecordForm
        key={typename}
        kind={kind}
        id={null}
        fixed={{ sources: [citation] }}
        onSaved={onSaved}
      />
    </>
  );
}

/** A record that exists, found by searching, given the passage among its sources. */
function CiteForRecord({
  typename,
  citation,
  onSaved,
}: {
  typename: Typename;
  citation: CitationInput;
  onSaved: () => void;
}) {
  const { t } = useT();
  const [record, setRecord] = useState<Ref | null>(null);
  const { busy, refusal, submit } = useFormSender(async () => {
    if (!record) return [missing('record')];
    const errors = await addCitation(EDIT_KINDS[typename], record.id, citation);
    if (errors.length === 0) onSaved();
    return errors;
  });
  return (
    <form className="form edit-form" onSubmit={submit} noValidate>
      <RecordChoice
        label={t.workbenchRecord}
        name="record"
        refusal={refusal}
        kind={SEARCHED[typename]}
        record={record}
        onChoose={setRecord}
      />
      <div className="edit-buttons">
        <FormFooter refusal={refusal} fields={['record']} busy={busy} words={t.editErrors}>
          {t.workbenchCiteSave}
        </FormFooter>
      </div>
    </form>
  );
}

/**
 * The passage cited for what exists: a record the search finds, or a relation (a membership, a
 * position, a responsibility) found from one of its ends. The kind stays in view as the form
 * below it changes with it.
 */
function CiteExisting({ citation, shown, day, onSaved }: BodyProps) {
  const kinds = (Object.keys(EDIT_KINDS) as Typename[]).filter(
    (kind) => SEARCHED[kind] || isRelation(kind),
  );
  const [typename, setTypename] = useState<Typename>(kinds[0]);
  return (
    <>
      <KindChoice kinds={kinds} value={typename} onChange={setTypename} />
      {shown}
      {isRelation(typename) ? (
        <CiteForRelation
          key={typename}
          typename={typename}
          citation={citation}
          day={day}
          onSaved={onSaved}
        />
      ) : (
        <CiteForRecord key={typename} typename={typename} citation={citation} onSaved={onSaved} />
      )}
    </>
  );
}

/**
 * The workbench's dialog: a record made from the selected passage (`create`: the kind chosen,
 * then its form) or the passage cited for a record that exists (`cite`). The citation is shown,
 * its section may be changed.
 */
export default function CiteDialog({
  mode,
  source,
  selected,
  onClose,
  onSaved,
}: {
  mode: 'create' | 'cite';
  source: { id: string; publishedOn: string | null };
  selected: Selected;
  onClose: () => void;
  onSaved: () => void;
}) {
  const { t } = useT();
  const [section, setSection] = useState(selected.section ?? '');
  const citation = { source: source.id, quote: selected.quote, section: section.trim() || null };
  const Body = mode === 'create' ? CreateFromPassage : CiteExisting;
  return (
    <Dialog title={mode === 'create' ? t.workbenchCreate : t.workbenchCite} onClose={onClose}>
      <Body
        citation={citation}
        day={source.publishedOn}
        shown={<CitationShown quote={selected.quote} section={section} onSection={setSection} />}
        onSaved={onSaved}
      />
    </Dialog>
  );
}
