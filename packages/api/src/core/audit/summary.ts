import type { AuditOperation } from './audit-event.entity';
import type { RecordLabel } from './record-labels';

/** The languages the API words things in. */
export const LANGUAGES = ['EN', 'SV'] as const;
export type Language = (typeof LANGUAGES)[number];

type Words = Record<Language, string>;
const words = (en: string, sv: string): Words => ({ EN: en, SV: sv });

/** How a summary names a type of record (Swedish in the definite form it is used in). */
const TYPE_WORDS: Record<string, Words> = {
  Actor: words('actor', 'aktören'),
  Area: words('area', 'området'),
  Source: words('source', 'källan'),
  Person: words('person', 'personen'),
  Position: words('position', 'befattningen'),
  Forum: words('forum', 'forumet'),
  ForumMembership: words('membership', 'medlemskapet'),
  Strategy: words('strategy', 'strategin'),
  Objective: words('objective', 'målet'),
  Indicator: words('indicator', 'indikatorn'),
  Measurement: words('measurement', 'mätvärdet'),
  Topic: words('topic', 'temat'),
  Responsibility: words('responsibility', 'ansvaret'),
  Meeting: words('meeting', 'mötet'),
  AgendaItem: words('agenda item', 'dagordningspunkten'),
  Decision: words('decision', 'beslutet'),
  Action: words('action', 'åtgärden'),
  Review: words('review', 'utvärderingen'),
  ReviewFinding: words('finding', 'iakttagelsen'),
  ReviewShift: words('shift', 'förflyttningen'),
  OpenQuestion: words('open question', 'den öppna frågan'),
  CollaborationScale: words('collaboration scale', 'samverkansskalan'),
  CollaborationLevel: words('collaboration level', 'samverkansnivån'),
  CollaborationFactor: words('collaboration factor', 'samverkansfaktorn'),
  CollaborationAssessment: words('assessment', 'bedömningen'),
  IdentifierScheme: words('identifier scheme', 'identifierarschemat'),
};

const VERBS: Record<AuditOperation, Words> = {
  CREATE: words('was created', 'skapades'),
  UPDATE: words('was changed', 'ändrades'),
  ARCHIVE: words('was archived', 'arkiverades'),
  END: words('was ended', 'avslutades'),
  RESTORE: words('was restored', 'återställdes'),
  RETRACT: words('was retracted', 'togs tillbaka'),
  ERASE: words('was erased', 'raderades'),
};

/** The words for the fields changes name most; others are spelt out from their key. */
const FIELD_WORDS: Record<string, Words> = {
  name: words('name', 'namn'),
  shortName: words('short name', 'kortnamn'),
  title: words('title', 'titel'),
  description: words('description', 'beskrivning'),
  website: words('website', 'webbplats'),
  sector: words('sector', 'sektor'),
  level: words('level', 'nivå'),
  type: words('type', 'typ'),
  kind: words('kind', 'slag'),
  status: words('status', 'status'),
  slug: words('address', 'adress'),
  parentId: words('parent', 'överordnad'),
  areaIds: words('areas', 'områden'),
  purpose: words('purpose', 'syfte'),
  goal: words('goal', 'mål'),
  role: words('role', 'roll'),
  category: words('category', 'kategori'),
  representativeIds: words('representatives', 'företrädare'),
  validFrom: words('valid from', 'gäller från'),
  validTo: words('valid to', 'gäller till'),
  archivedAt: words('archived', 'arkiverad'),
  archivedOn: words('archived from', 'arkiverad från'),
  dissolvedOn: words('dissolved from', 'upplöst från'),
  mandate: words('mandate', 'mandat'),
  sources: words('sources', 'källor'),
  identifiers: words('identifiers', 'identifierare'),
  ownerId: words('owner', 'ägare'),
  chairId: words('chair', 'ordförande'),
  convenorId: words('convenor', 'sammankallande'),
  timeline: words('periods of validity', 'giltighetsperioder'),
};

/** How a responsibility's role reads between its actor and its subject. */
const ROLE_WORDS: Record<string, Words> = {
  LEADS: words('leads', 'ansvarar för'),
  CONVENES: words('convenes', 'sammankallar'),
  EXECUTES: words('executes', 'genomför'),
  CONTRIBUTES: words('contributes to', 'bidrar till'),
  FUNDS: words('funds', 'finansierar'),
  CONSULTED: words('is consulted on', 'rådfrågas om'),
  INFORMED: words('is informed of', 'informeras om'),
};

const BOOKKEEPING = new Set(['version', 'updatedAt', 'createdAt']);

type Snapshot = Record<string, unknown>;

/** "memberActorId" → "member actor": a key no dictionary knows, as words. */
const spelt = (key: string) =>
  key
    .replace(/Ids?$/, '')
    .replace(/(?<=[a-z])(?=[A-Z])/g, ' ')
    .toLowerCase();

/** A record's own name in a snapshot: as it was when the change was made. */
function ownName(snapshot: Snapshot): string | null {
  const text = (key: string) => (typeof snapshot[key] === 'string' ? String(snapshot[key]) : null);
  if (text('name')) return text('name');
  if (text('code') && text('title')) return `${text('code')} ${text('title')}`;
  return text('title') ?? (text('text') ? text('text')!.slice(0, 80) : null);
}

/** A relation named by what it relates: "Almi in Länspartnerskapet". */
function relationName(
  type: string,
  snapshot: Snapshot,
  labels: Map<string, RecordLabel>,
  lang: Language,
) {
  const named = (...keys: string[]) => {
    for (const key of keys) {
      const id = snapshot[key];
      if (typeof id === 'string') return labels.get(id)?.name ?? null;
    }
    return null;
  };
  switch (type) {
    case 'ForumMembership': {
      const [member, forum] = [named('memberActorId', 'memberForumId'), named('forumId')];
      return member && forum ? `${member} ${lang === 'SV' ? 'i' : 'in'} ${forum}` : null;
    }
    case 'Position': {
      const [person, actor] = [named('personId'), named('actorId')];
      // A position may have no title: the person at the organisation, then.
      const title = typeof snapshot.title === 'string' ? `, ${snapshot.title}` : '';
      return person && actor ? `${person}${title} ${lang === 'SV' ? 'vid' : 'at'} ${actor}` : null;
    }
    case 'Responsibility': {
      const actor = named('actorId');
      const subject = named('strategyId', 'objectiveId', 'forumId', 'areaId', 'topicId');
      const role = ROLE_WORDS[String(snapshot.role)]?.[lang] ?? String(snapshot.role);
      return actor && subject ? `${actor} ${role} ${subject}` : null;
    }
    default:
      return null;
  }
}

/** The fields whose values differ between two snapshots, in the record's order. */
export function changedFields(before: Snapshot | null, after: Snapshot | null): string[] {
  if (!before || !after) return [];
  const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])];
  const changed = keys.filter(
    (key) => !BOOKKEEPING.has(key) && JSON.stringify(before[key]) !== JSON.stringify(after[key]),
  );
  // The periods change with the fields they belong to: name those, and the periods only when a
  // change corrected nothing but the day a value began.
  const timed = Object.keys(periodsOf(after));
  return changed.some((key) => timed.includes(key))
    ? changed.filter((key) => key !== 'timeline')
    : changed;
}

/** The periods of a snapshot's timed fields (core/db/timeline.ts), by field. */
function periodsOf(snapshot: Snapshot | null): Record<string, { validFrom: string | null }[]> {
  return (snapshot?.timeline ?? {}) as Record<string, { validFrom: string | null }[]>;
}

/** The day the changed timed `fields` hold from, when they all changed from one known day. */
function changedFromDay(after: Snapshot | null, fields: string[]): string | null {
  const periods = periodsOf(after);
  const days = new Set(
    fields.filter((field) => periods[field]).map((field) => periods[field].at(-1)?.validFrom),
  );
  const [day] = days;
  return days.size === 1 && day ? day : null;
}

/**
 * One change of the audit log in words, in English or Swedish: 'The actor "Almi" was changed:
 * website, short name.', 'Medlemskapet "Almi i Länspartnerskapet" avslutades.' The record's own
 * name is as the change left it (or found it, when it was archived or ended); the records it
 * relates (a membership's forum and member) are named by `labels` (as they were named when the
 * change was made, for the API's summaries).
 */
export function summariseChange(
  event: {
    operation: AuditOperation;
    recordType: string;
    recordId: string;
    before: Snapshot | null;
    after: Snapshot | null;
    reason?: string | null;
  },
  labels: Map<string, RecordLabel>,
  lang: Language,
): string {
  const snapshot = event.after ?? event.before ?? {};
  const name =
    ownName(snapshot) ??
    relationName(event.recordType, snapshot, labels, lang) ??
    labels.get(event.recordId)?.name ??
    null;
  const type = TYPE_WORDS[event.recordType]?.[lang] ?? spelt(event.recordType);
  const what = name ? `${type} "${name}"` : type;
  const keys = event.operation === 'UPDATE' ? changedFields(event.before, event.after) : [];
  const fields = keys.map((key) => FIELD_WORDS[key]?.[lang] ?? spelt(key));
  const day = changedFromDay(event.after, keys);
  const from = day ? ` ${lang === 'SV' ? 'från' : 'from'} ${day}` : '';
  const sentence =
    lang === 'SV'
      ? `${what.charAt(0).toUpperCase()}${what.slice(1)} ${VERBS[event.operation].SV}${from}`
      : `The ${what} ${VERBS[event.operation].EN}${from}`;
  const why = event.reason ? ` ${lang === 'SV' ? 'Skäl' : 'Reason'}: ${event.reason}` : '';
  return `${sentence}${fields.length > 0 ? `: ${fields.join(', ')}` : ''}.${why}`;
}
