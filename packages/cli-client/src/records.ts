import type { CitationPartsFragment, RaciRole, ResponsibilityRowFragment } from '@samverkan/schema';
import { period, section, type Column } from './output';

/** The letter of a RACI role, as a matrix shows it. */
export const RACI_LETTER: Record<RaciRole, string> = {
  RESPONSIBLE: 'R',
  ACCOUNTABLE: 'A',
  CONSULTED: 'C',
  INFORMED: 'I',
};

/** What a responsibility is for, in words: "forum Länspartnerskapet", "area 23 Jämtlands län". */
export function subjectOf({ subject }: ResponsibilityRowFragment): string {
  switch (subject.__typename) {
    case 'Area':
      return `area ${subject.code} ${subject.name}`;
    case 'Objective':
      return `objective ${subject.code} ${subject.title}`;
    default:
      return `${subject.__typename.toLowerCase()} ${subject.name}`;
  }
}

/** The columns of responsibilities wherever they are listed. */
export const RESPONSIBILITY_COLUMNS: Column<ResponsibilityRowFragment>[] = [
  ['ACTOR', (row) => row.actor.name],
  ['ROLE', (row) => row.role],
  ['RACI', (row) => RACI_LETTER[row.raci]],
  ['FOR', subjectOf],
  ['PERSON', (row) => row.person?.name ?? ''],
  ['STATUS', (row) => row.status],
  ['VALID', (row) => period(row.validFrom, row.validTo)],
  ['ID', (row) => row.id],
];

export const responsibilitiesSection = (rows: readonly ResponsibilityRowFragment[]) =>
  section('Responsibilities', rows, RESPONSIBILITY_COLUMNS);

const shortened = (text: string | null, length = 60) =>
  !text ? '' : text.length > length ? `${text.slice(0, length - 1)}…` : text;

/** Where a record's facts come from: each source, the heading the passage stands under, a quote. */
export const sourcesSection = (citations: readonly CitationPartsFragment[]) =>
  section('Sources', citations, [
    ['SOURCE', (citation) => citation.source.title],
    ['SECTION', (citation) => shortened(citation.section, 40)],
    ['QUOTE', (citation) => shortened(citation.quote?.replace(/\s+/g, ' ') ?? null)],
  ]);

/** "se-orgnr 232100-0214, wikidata Q1234". */
export const identifiers = (list: readonly { scheme: string; value: string }[]) =>
  list.map((identifier) => `${identifier.scheme} ${identifier.value}`).join(', ');
