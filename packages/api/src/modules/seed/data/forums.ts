import type { ForumKind, ForumStatus, MembershipRole } from '../../forum';
import type { SeedCitation } from '../seed-context';
import { memberGroup, REPORT, WEBINAR } from './sections';

export interface SeedForum {
  slug: string;
  name: string;
  shortName?: string;
  kind: ForumKind;
  status: ForumStatus;
  goal?: string;
  purpose?: string[];
  parent?: string;
  convenor?: string;
  area?: string;
  anchoredIn?: string[];
  sources: SeedCitation[];
}

export interface SeedMembership {
  forum: string;
  /** `actor:<slug>` or `forum:<slug>`. */
  member: string;
  category?: string;
  role: MembershipRole;
  representatives?: string[];
  sources: SeedCitation[];
}

const report = (section: string, quote: string): SeedCitation => ({
  source: 'report',
  section,
  quote,
});

export const LPS_PURPOSE = [
  'Ett nav för den regionala dialogen',
  'Ett forum att lyfta och diskutera frågor med koppling till RUS',
  'Ledamöter i Länspartnerskapet ska få god inblick i regional utveckling och parternas ansvar och roller.',
  'Forumet ska samverka kring vägval och arbetssätt för att nå de regionala målen',
  'RUS är central och styrande i arbetet',
  'Region Jämtland Härjedalen som RUA sammankallar och leder forumet',
];

export const SEED_FORUMS: SeedForum[] = [
  {
    slug: 'lanspartnerskapet',
    name: 'Länspartnerskapet',
    shortName: 'LPS',
    kind: 'PARTNERSHIP',
    status: 'ACTIVE',
    goal: 'Målet är att etablera ett effektivt och hållbart forum för att lyfta regionala utvecklingsfrågor och länsgemensamma frågor med syfte att påverka och främja samverkan mellan olika aktörer.',
    purpose: LPS_PURPOSE,
    convenor: 'region-jamtland-harjedalen',
    area: '23',
    anchoredIn: ['rus'],
    sources: [
      report(REPORT.background, 'En del av detta har varit att se över Länspartnerskapet (LPS).'),
      report(
        REPORT.goal,
        'Målet är att etablera ett effektivt och hållbart forum för att lyfta regionala utvecklingsfrågor och länsgemensamma frågor med syfte att påverka och främja samverkan mellan olika aktörer.',
      ),
      report(REPORT.decisions, 'Ett nytt gemensamt syfte med Länspartnerskapet som lyder'),
      report(REPORT.decisions, 'RUS är central och styrande i arbetet'),
    ],
  },
  {
    slug: 'presidium-for-lanspartnerskapet',
    name: 'Presidium för Länspartnerskapet',
    kind: 'PRESIDIUM',
    status: 'ACTIVE',
    parent: 'lanspartnerskapet',
    area: '23',
    sources: [
      report(REPORT.rusAndLearning, 'Ett presidium för Länspartnerskapet är skapat och består av'),
    ],
  },
  {
    slug: 'beredningsgrupp-for-lanspartnerskapet',
    name: 'Beredningsgrupp för Länspartnerskapet',
    kind: 'WORKING_GROUP',
    status: 'PROPOSED',
    parent: 'lanspartnerskapet',
    area: '23',
    purpose: ['Förankra information och input från kommuner och regionen'],
    sources: [
      report(
        REPORT.preparation,
        'Kan de ingå i en beredningsgrupp för att förankra information och input från kommuner och regionen?',
      ),
    ],
  },
  {
    slug: 'strukturfondspartnerskapet',
    name: 'Strukturfondspartnerskapet',
    kind: 'PARTNERSHIP',
    status: 'ACTIVE',
    sources: [
      report(
        REPORT.unclearStructure,
        'Man/ni vill också att kopplingen mellan Strukturfondspartnerskapet och Länspartnerskapet tydliggörs',
      ),
      report(REPORT.rusAndLearning, 'vad Strukturfondspartnerskapet har för roll och uppdrag'),
    ],
  },
  {
    slug: 'regionens-samverkansrad',
    name: 'Regionens samverkansråd',
    kind: 'COUNCIL',
    status: 'ACTIVE',
    area: '23',
    sources: [
      report(
        REPORT.background,
        'Frågan om samverkan har också diskuterats mellan Region Jämtland Härjedalen och kommunerna i regionens samverkansråd.',
      ),
    ],
  },
  {
    slug: 'webinarier-under-varen-2019',
    name: 'Webinarier under våren 2019',
    kind: 'WEBINAR_SERIES',
    // Forums need a status and the documents give none: ACTIVE is the model's default, not a claim.
    status: 'ACTIVE',
    convenor: 'tillvaxtverket',
    anchoredIn: ['rsp'],
    sources: [
      { source: 'webinar', section: WEBINAR.series, quote: '5 webinarier under våren 2019' },
      {
        source: 'webinar',
        section: WEBINAR.series,
        quote: '22.1 Arbetet med RSP som del av RUS och det regionala utvecklingsarbetet',
      },
    ],
  },
];

const member = (group: string, quote: string) => report(memberGroup(group), quote);

/** Länspartnerskapet's participants, grouped as the report groups them. */
const LPS_MEMBERS: [string, string | undefined, string][] = [
  ['actor:region-jamtland-harjedalen', 'Regionala aktörer', 'Region Jämtland Härjedalen'],
  [
    'actor:kommunforbundet-jamtland-harjedalen',
    'Regionala aktörer',
    'Kommunförbundet Jämtland Härjedalen',
  ],
  ['actor:lansstyrelsen-jamtlands-lan', 'Myndigheter', 'Länsstyrelsen'],
  ['actor:esf-radet', 'Myndigheter', 'ESF'],
  ['actor:tillvaxtverket', 'Myndigheter', 'Tillväxtverket'],
  ['actor:sametinget', 'Myndigheter', 'Sametinget'],
  ['actor:forsakringskassan', 'Myndigheter', 'Försäkringskassan'],
  // Two lines of the list stand alone, formatted like the group headings but with nothing under
  // them: read as participants of their own, without a group (see the seed README).
  ['forum:strukturfondspartnerskapet', undefined, 'Strukturfondspartnerskapet'],
  ['actor:mittuniversitetet', undefined, 'Mittuniversitetet'],
  ['actor:samling-naringsliv', 'Organisationer i länet', 'Samling näringsliv'],
  ['actor:foretagarna', 'Organisationer i länet', 'Företagarna'],
  ['actor:almi', 'Organisationer i länet', 'Almi'],
  ['actor:torsta', 'Organisationer i länet', 'Torsta'],
  ['actor:leader', 'Organisationer i länet', 'Leader'],
  ['actor:iuc-z-group', 'Organisationer i länet', 'IUC Z-group'],
  ['actor:rf-sisu-jamtland-harjedalen', 'Organisationer i länet', 'RF SISU J/H'],
  ['actor:jamtland-harjedalen-turism', 'Organisationer i länet', 'Jämtland Härjedalen Turism'],
  ['actor:coompanion', 'Organisationer i länet', 'Coompanion'],
  ['actor:handelskammaren-mitt', 'Organisationer i länet', 'Handelskammaren Mitt'],
];

const presidium = (quote: string) => report(REPORT.rusAndLearning, quote);

export const SEED_MEMBERSHIPS: SeedMembership[] = [
  ...LPS_MEMBERS.map(([memberKey, group, quote]) => ({
    forum: 'lanspartnerskapet',
    member: memberKey,
    category: group,
    role: 'MEMBER' as const,
    sources: [group ? member(group, quote) : report(REPORT.members, quote)],
  })),
  // Who the open question proposes for the preparation group: "Tillväxtcheferna i kommunerna och
  // regionen". The municipalities are not named one by one, so only the Region sits in it here.
  {
    forum: 'beredningsgrupp-for-lanspartnerskapet',
    member: 'actor:region-jamtland-harjedalen',
    category: 'Tillväxtchefer',
    role: 'MEMBER',
    sources: [
      report(
        REPORT.preparation,
        'Hur involveras t ex Tillväxtcheferna i kommunerna och regionen? Kan de ingå i en beredningsgrupp',
      ),
    ],
  },
  // The presidium's six people, each for the organisation the report names beside them.
  {
    forum: 'presidium-for-lanspartnerskapet',
    member: 'actor:region-jamtland-harjedalen',
    role: 'MEMBER',
    representatives: ['jonas-andersson', 'maria-kumpula'],
    sources: [
      presidium('Jonas Andersson, Regionråd'),
      presidium('Maria Kumpula, ansvarig tjänsteperson på Region Jämtland Härjedalen'),
    ],
  },
  {
    forum: 'presidium-for-lanspartnerskapet',
    member: 'actor:kommunforbundet-jamtland-harjedalen',
    role: 'MEMBER',
    representatives: ['niklas-daoson'],
    sources: [presidium('Niklas Daoson, Kommunförbundet')],
  },
  {
    forum: 'presidium-for-lanspartnerskapet',
    member: 'actor:lansstyrelsen-jamtlands-lan',
    role: 'MEMBER',
    representatives: ['marita-ljung'],
    sources: [presidium('Marita Ljung, Länsstyrelsen')],
  },
  {
    forum: 'presidium-for-lanspartnerskapet',
    member: 'actor:mittuniversitetet',
    role: 'MEMBER',
    representatives: ['hakan-wiklund'],
    sources: [presidium('Håkan Wiklund, MIUN')],
  },
  {
    forum: 'presidium-for-lanspartnerskapet',
    member: 'actor:samling-naringsliv',
    role: 'MEMBER',
    representatives: ['jenny-grip'],
    sources: [presidium('Jenny Grip, Samling Näringsliv')],
  },
  {
    forum: 'regionens-samverkansrad',
    member: 'actor:region-jamtland-harjedalen',
    role: 'MEMBER',
    sources: [
      report(
        REPORT.background,
        'Frågan om samverkan har också diskuterats mellan Region Jämtland Härjedalen och kommunerna i regionens samverkansråd.',
      ),
    ],
  },
];
