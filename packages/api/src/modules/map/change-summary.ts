import type { DataSource } from 'typeorm';
import type { Language } from '../../core/audit/summary';
import {
  MAP_NODE_TYPES,
  type MapChangeKind,
  type MapEdge,
  type MapNode,
  type MapNodeRef,
} from './map.service';

/** A node's name as the map's changes word it: objectives by code, the rest by label. */
export type NodeNames = (ref: MapNodeRef, day: string) => string | null;

type Phrase = Record<Language, (source: string, target: string) => string>;

/** A member's role other than plain member, in each language. */
const MEMBER_ROLES: Record<string, Record<Language, string>> = {
  CHAIR: { EN: 'chair', SV: 'ordförande' },
  CONVENOR: { EN: 'convenor', SV: 'sammankallande' },
  SECRETARIAT: { EN: 'secretariat', SV: 'sekretariat' },
  OBSERVER: { EN: 'observer', SV: 'observatör' },
};

/** A responsibility's role as what its actor became (or no longer is) for its subject. */
const RESPONSIBLE: Record<string, Record<Language, string>> = {
  LEADS: { EN: 'responsible for', SV: 'ansvarig för' },
  CONVENES: { EN: 'convenor of', SV: 'sammankallande för' },
  EXECUTES: { EN: 'executor of', SV: 'genomförare av' },
  CONTRIBUTES: { EN: 'contributor to', SV: 'bidragande till' },
  FUNDS: { EN: 'funder of', SV: 'finansiär av' },
  CONSULTED: { EN: 'consulted on', SV: 'rådfrågad om' },
  INFORMED: { EN: 'informed of', SV: 'informerad om' },
};

/** What the source of an edge of a record's field becomes of its target, in each language. */
const FIELD_ROLES: Record<'CHAIRS' | 'CONVENES_FORUM' | 'OWNS', Record<Language, string>> = {
  CHAIRS: { EN: 'chair of', SV: 'ordförande för' },
  CONVENES_FORUM: { EN: 'convenor of', SV: 'sammankallande för' },
  OWNS: { EN: 'owner of', SV: 'ägare av' },
};

/** "X became chair of Y" / "X is no longer chair of Y", in each language. */
const becameRole = ({ EN: en, SV: sv }: Record<Language, string>) => ({
  appeared: {
    EN: (s: string, t: string) => `${s} became ${en} ${t}`,
    SV: (s: string, t: string) => `${s} blev ${sv} ${t}`,
  },
  ended: {
    EN: (s: string, t: string) => `${s} is no longer ${en} ${t}`,
    SV: (s: string, t: string) => `${s} är inte längre ${sv} ${t}`,
  },
});

/** How each kind of edge reads when it appears and when it ends. */
function phrases(edge: MapEdge, forumName: string | null): { appeared: Phrase; ended: Phrase } {
  const role = edge.role ?? '';
  switch (edge.kind) {
    case 'MEMBERSHIP': {
      const asEn = MEMBER_ROLES[role] ? ` as ${MEMBER_ROLES[role].EN}` : '';
      const asSv = MEMBER_ROLES[role] ? ` som ${MEMBER_ROLES[role].SV}` : '';
      return {
        appeared: {
          EN: (s, t) => `${s} joined ${t}${asEn}`,
          SV: (s, t) => `${s} gick med i ${t}${asSv}`,
        },
        ended: { EN: (s, t) => `${s} left ${t}${asEn}`, SV: (s, t) => `${s} lämnade ${t}${asSv}` },
      };
    }
    case 'RESPONSIBILITY':
      return becameRole(RESPONSIBLE[role] ?? { EN: `${role} of`, SV: `${role} för` });
    case 'CHAIRS':
    case 'CONVENES_FORUM':
    case 'OWNS':
      return becameRole(FIELD_ROLES[edge.kind]);
    case 'POSITION':
      if (edge.positionTitle === null) {
        return {
          appeared: { EN: (s, t) => `${s} started at ${t}`, SV: (s, t) => `${s} började vid ${t}` },
          ended: { EN: (s, t) => `${s} left ${t}`, SV: (s, t) => `${s} slutade vid ${t}` },
        };
      }
      return {
        appeared: {
          EN: (s, t) => `${s} started as ${edge.label} at ${t}`,
          SV: (s, t) => `${s} blev ${edge.label} vid ${t}`,
        },
        ended: {
          EN: (s, t) => `${s} ended as ${edge.label} at ${t}`,
          SV: (s, t) => `${s} slutade som ${edge.label} vid ${t}`,
        },
      };
    case 'PARENT':
      return {
        appeared: {
          EN: (s, t) => `${s} became part of ${t}`,
          SV: (s, t) => `${s} blev en del av ${t}`,
        },
        ended: {
          EN: (s, t) => `${s} is no longer part of ${t}`,
          SV: (s, t) => `${s} är inte längre en del av ${t}`,
        },
      };
    case 'REPRESENTS':
      return {
        appeared: {
          EN: (s, t) => `${s} started representing ${t} in ${forumName}`,
          SV: (s, t) => `${s} började företräda ${t} i ${forumName}`,
        },
        ended: {
          EN: (s, t) => `${s} stopped representing ${t} in ${forumName}`,
          SV: (s, t) => `${s} slutade företräda ${t} i ${forumName}`,
        },
      };
    case 'OPERATES_IN':
      return {
        appeared: {
          EN: (s, t) => `${s} started operating in ${t}`,
          SV: (s, t) => `${s} började verka i ${t}`,
        },
        ended: {
          EN: (s, t) => `${s} stopped operating in ${t}`,
          SV: (s, t) => `${s} verkar inte längre i ${t}`,
        },
      };
    case 'SUCCEEDED_BY':
      return {
        appeared: {
          EN: (s, t) => `${s} was succeeded by ${t}`,
          SV: (s, t) => `${s} efterträddes av ${t}`,
        },
        ended: {
          EN: (s, t) => `${t} no longer succeeds ${s}`,
          SV: (s, t) => `${t} efterträder inte längre ${s}`,
        },
      };
    default:
      return becameRole({ EN: edge.label, SV: edge.label });
  }
}

/** How a summary names a node it has no name for, and an objective. */
function named(ref: MapNodeRef, name: string | null, node: MapNode | null, lang: Language) {
  if (ref.kind === 'OBJECTIVE' && node?.code)
    return `${lang === 'SV' ? 'mål' : 'objective'} ${node.code}`;
  if (name) return name;
  return lang === 'SV' ? `okänd ${ref.kind.toLowerCase()}` : `an unknown ${ref.kind.toLowerCase()}`;
}

/**
 * One change in words, in each language: "Almi joined Länspartnerskapet" / "Almi gick med i
 * Länspartnerskapet", "Region Jämtland Härjedalen is no longer responsible for objective 2.1" / "… är inte
 * längre ansvarig för mål 2.1". Its ends are named as on the day of the change (`names`).
 */
export function summarise(
  change: { change: MapChangeKind; day: string; edge: MapEdge },
  nodes: { source: MapNode | null; target: MapNode | null },
  names: NodeNames,
  forumName: string | null,
): Record<Language, string> {
  const { edge, day } = change;
  const phrase = phrases(edge, forumName)[change.change === 'APPEARED' ? 'appeared' : 'ended'];
  const words = (lang: Language) =>
    phrase[lang](
      named(edge.source, names(edge.source, day), nodes.source, lang),
      named(edge.target, names(edge.target, day), nodes.target, lang),
    );
  return { EN: words('EN'), SV: words('SV') };
}

/**
 * The names the map's nodes had on each day (`wanted`: a node and a day): the name the register
 * gave the record at the end of that day (Europe/Stockholm), not after `knownAt`; when the
 * register did not yet know the record then, its name as the map shows it (`fallback`). One
 * statement, through the audit log's index by record.
 */
export async function namesOnTheDay(
  dataSource: DataSource,
  wanted: { ref: MapNodeRef; day: string }[],
  knownAt: string | Date | null,
  fallback: (ref: MapNodeRef) => string | null,
): Promise<NodeNames> {
  const rows: { kind: string; id: string; day: string; name: string | null }[] =
    wanted.length === 0
      ? []
      : await dataSource.query(
          `SELECT k.kind, k.id::text, k.day::text,
                  (SELECT coalesce(a.after->>'name', a.after->>'title')
                     FROM audit_event a
                    WHERE a.record_type = k.type AND a.record_id = k.id
                      AND a.occurred_at < least((k.day + 1)::timestamp AT TIME ZONE 'Europe/Stockholm',
                                                coalesce($5::timestamptz, 'infinity'))
                    ORDER BY a.id DESC LIMIT 1) AS name
             FROM unnest($1::text[], $2::text[], $3::uuid[], $4::date[]) AS k(kind, type, id, day)`,
          [
            wanted.map(({ ref }) => ref.kind),
            wanted.map(({ ref }) => MAP_NODE_TYPES[ref.kind]),
            wanted.map(({ ref }) => ref.id),
            wanted.map(({ day }) => day),
            knownAt,
          ],
        );
  const byKey = new Map(rows.map((row) => [`${row.kind}:${row.id}:${row.day}`, row.name]));
  return (ref, day) => byKey.get(`${ref.kind}:${ref.id}:${day}`) ?? fallback(ref);
}
