import type { ResponsibilityRole } from '../../responsibility';
import type { StrategyKind, StrategyStatus } from '../../strategy';
import type { SeedCitation } from '../seed-context';
import { REPORT, WEBINAR } from './sections';

export interface SeedStrategy {
  slug: string;
  name: string;
  shortName: string;
  kind: StrategyKind;
  status: StrategyStatus;
  owner?: string;
  area?: string;
  implements?: string;
  sources: SeedCitation[];
}

export interface SeedTopic {
  slug: string;
  name: string;
  sources: SeedCitation[];
}

export interface SeedResponsibility {
  key: string;
  actor: string;
  person?: string;
  role: ResponsibilityRole;
  /** `strategy:<slug>`, `forum:<slug>`, `area:<code>` or `topic:<slug>`. */
  subject: string;
  mandate?: { text: string; reference?: string };
  sources: SeedCitation[];
}

const report = (section: string, quote: string): SeedCitation => ({
  source: 'report',
  section,
  quote,
});
const webinar = (section: string, quote: string): SeedCitation => ({
  source: 'webinar',
  section,
  quote,
});

export const SEED_STRATEGIES: SeedStrategy[] = [
  {
    slug: 'rus',
    name: 'Regional utvecklingsstrategi för Jämtland Härjedalen',
    shortName: 'RUS',
    kind: 'REGIONAL_DEVELOPMENT_STRATEGY',
    status: 'ACTIVE',
    owner: 'region-jamtland-harjedalen',
    area: '23',
    sources: [
      report(
        REPORT.decisions,
        'Tydliggöra den regionala utvecklingsstrategin (RUS) och ansvarsområden',
      ),
      report(
        REPORT.detailedProjects,
        'Det finns ett behov av att prata nuläge och framtida utmaningar och att använda den RUS som är framtagen som en röd tråd.',
      ),
      report(REPORT.rusAndLearning, 'genomgång av varför vi har en Regional utvecklingsstrategi'),
    ],
  },
  {
    slug: 'rsp',
    name: 'Regionalt serviceprogram',
    shortName: 'RSP',
    kind: 'PROGRAMME',
    status: 'ACTIVE',
    implements: 'rus',
    sources: [
      webinar(
        WEBINAR.series,
        '22.1 Arbetet med RSP som del av RUS och det regionala utvecklingsarbetet',
      ),
    ],
  },
];

export const SEED_TOPICS: SeedTopic[] = [
  {
    slug: 'samverkans-och-paverkansarbete',
    name: 'Samverkans- och påverkansarbete',
    sources: [
      report(
        REPORT.background,
        'På uppdrag av regionala utvecklingsnämnden har ett arbete med att strukturera samverkans- och påverkansarbetet inom nämndens ansvarsområde genomförts.',
      ),
    ],
  },
  {
    slug: 'paverkansarbete',
    name: 'Påverkansarbete',
    sources: [
      report(
        REPORT.advocacy,
        'För det viktiga påverkansarbetet har vi identifierat följande punkter att arbeta vidare med.',
      ),
    ],
  },
];

const RUA = 'Region Jämtland Härjedalen som RUA sammankallar och leder forumet';
const THE_LAW = 'lagen om regionalt utvecklingsansvar';

export const SEED_RESPONSIBILITIES: SeedResponsibility[] = [
  {
    key: 'region-convenes-lps',
    actor: 'region-jamtland-harjedalen',
    role: 'CONVENES',
    subject: 'forum:lanspartnerskapet',
    mandate: { text: 'Regionalt utvecklingsansvarig aktör (RUA)', reference: THE_LAW },
    sources: [
      report(REPORT.decisions, RUA),
      report(
        REPORT.background,
        'En utgångspunkt har varit regionens samverkans- och samrådsuppdrag enligt lagen om regionalt utvecklingsansvar.',
      ),
    ],
  },
  {
    key: 'region-leads-county',
    actor: 'region-jamtland-harjedalen',
    role: 'LEADS',
    subject: 'area:23',
    mandate: { text: 'Regionalt utvecklingsansvarig aktör (RUA)', reference: THE_LAW },
    sources: [
      report(REPORT.decisions, RUA),
      report(
        REPORT.background,
        'En utgångspunkt har varit regionens samverkans- och samrådsuppdrag enligt lagen om regionalt utvecklingsansvar.',
      ),
    ],
  },
  {
    key: 'committee-leads-collaboration-and-advocacy',
    actor: 'regionala-utvecklingsnamnden',
    role: 'LEADS',
    subject: 'topic:samverkans-och-paverkansarbete',
    mandate: { text: 'Nämndens ansvarsområde' },
    sources: [
      report(
        REPORT.background,
        'På uppdrag av regionala utvecklingsnämnden har ett arbete med att strukturera samverkans- och påverkansarbetet inom nämndens ansvarsområde genomförts.',
      ),
    ],
  },
  {
    key: 'fund-funds-webinars',
    actor: 'europeiska-jordbruksfonden-for-landsbygdsutveckling',
    role: 'FUNDS',
    subject: 'forum:webinarier-under-varen-2019',
    sources: [
      webinar(
        WEBINAR.title,
        'Europeiska jordbruksfonden för landsbygdsutveckling: Europa investerar i landsbygdsområden',
      ),
    ],
  },
  {
    key: 'tillvaxtverket-convenes-webinars',
    actor: 'tillvaxtverket',
    person: 'liv-edstrom',
    role: 'CONVENES',
    subject: 'forum:webinarier-under-varen-2019',
    sources: [
      webinar(WEBINAR.agenda, 'Inledning – *Liv Edström*, utredare, Tillväxtverket'),
      webinar(
        WEBINAR.agenda,
        'Reflektioner och kommentarer – *Liv Edström*, utredare, Tillväxtverket',
      ),
    ],
  },
];
