import type { ActorKind, ActorLevel, ActorSector } from '../../actor';
import type { SeedCitation, SourceKey } from '../seed-context';
import { memberGroup, REPORT, WEBINAR } from './sections';

/**
 * The foundation's seed: the two source documents and the organisations they name (the areas
 * they work in are Sweden's reference areas, which every database holds). Every quote is copied verbatim from the document it cites (a test
 * checks this), under the heading it stands under.
 */

export const SEED_SOURCES: Record<
  SourceKey,
  { title: string; fileName: string; publishedOn: string | null; publisherSlug: string }
> = {
  webinar: {
    title: 'Utveckling av aktörssamverkan på lokal nivå (webinarium 2019-02-06)',
    fileName: '000_8755ac6970890809.txt',
    publishedOn: '2019-02-06',
    publisherSlug: 'tillvaxtverket',
  },
  report: {
    title: 'Slutrapport Översyn Länspartnerskapet',
    fileName: '001_1c32767f9c9d35e9.txt',
    publishedOn: null,
    publisherSlug: 'region-jamtland-harjedalen',
  },
};

export interface SeedActor {
  slug: string;
  name: string;
  shortName?: string;
  sector: ActorSector;
  level: ActorLevel;
  type: ActorKind;
  areaCodes: string[];
  parentSlug?: string;
  sources: SeedCitation[];
}

const PRESIDIUM = REPORT.rusAndLearning;
const AGENDA = WEBINAR.agenda;

export const SEED_ACTORS: SeedActor[] = [
  {
    slug: 'region-jamtland-harjedalen',
    name: 'Region Jämtland Härjedalen',
    sector: 'PUBLIC',
    level: 'REGIONAL',
    type: 'REGION',
    areaCodes: ['23'],
    sources: [
      {
        source: 'report',
        quote: 'Region Jämtland Härjedalen som RUA sammankallar och leder forumet',
        section: REPORT.decisions,
      },
    ],
  },
  {
    slug: 'regionala-utvecklingsnamnden',
    name: 'Regionala utvecklingsnämnden',
    sector: 'PUBLIC',
    level: 'REGIONAL',
    type: 'POLITICAL_BODY',
    areaCodes: ['23'],
    parentSlug: 'region-jamtland-harjedalen',
    sources: [
      {
        source: 'report',
        quote:
          'På uppdrag av regionala utvecklingsnämnden har ett arbete med att strukturera samverkans- och påverkansarbetet inom nämndens ansvarsområde genomförts.',
        section: REPORT.background,
      },
    ],
  },
  {
    slug: 'kommunforbundet-jamtland-harjedalen',
    name: 'Kommunförbundet Jämtland Härjedalen',
    shortName: 'Kommunförbundet',
    sector: 'PUBLIC',
    level: 'REGIONAL',
    type: 'MUNICIPAL_ASSOCIATION',
    areaCodes: ['23'],
    sources: [
      {
        source: 'report',
        quote: 'Kommunförbundet Jämtland Härjedalen',
        section: memberGroup('Regionala aktörer'),
      },
    ],
  },
  {
    slug: 'lansstyrelsen-jamtlands-lan',
    name: 'Länsstyrelsen Jämtlands län',
    shortName: 'Länsstyrelsen',
    sector: 'PUBLIC',
    level: 'REGIONAL',
    type: 'COUNTY_ADMINISTRATIVE_BOARD',
    areaCodes: ['23'],
    sources: [{ source: 'report', quote: 'Marita Ljung, Länsstyrelsen', section: PRESIDIUM }],
  },
  {
    slug: 'esf-radet',
    name: 'ESF-rådet',
    shortName: 'ESF',
    sector: 'PUBLIC',
    level: 'NATIONAL',
    type: 'GOVERNMENT_AGENCY',
    areaCodes: ['SE'],
    sources: [{ source: 'report', quote: 'ESF', section: memberGroup('Myndigheter') }],
  },
  {
    slug: 'tillvaxtverket',
    name: 'Tillväxtverket',
    sector: 'PUBLIC',
    level: 'NATIONAL',
    type: 'GOVERNMENT_AGENCY',
    areaCodes: ['SE'],
    sources: [
      {
        source: 'webinar',
        quote: 'Inledning – *Liv Edström*, utredare, Tillväxtverket',
        section: AGENDA,
      },
      { source: 'report', quote: 'Tillväxtverket', section: memberGroup('Myndigheter') },
    ],
  },
  {
    slug: 'sametinget',
    name: 'Sametinget',
    sector: 'PUBLIC',
    level: 'NATIONAL',
    type: 'INDIGENOUS_PARLIAMENT',
    areaCodes: ['SE'],
    sources: [{ source: 'report', quote: 'Sametinget', section: memberGroup('Myndigheter') }],
  },
  {
    slug: 'forsakringskassan',
    name: 'Försäkringskassan',
    sector: 'PUBLIC',
    level: 'NATIONAL',
    type: 'GOVERNMENT_AGENCY',
    areaCodes: ['SE'],
    sources: [
      { source: 'report', quote: 'Försäkringskassan', section: memberGroup('Myndigheter') },
    ],
  },
  {
    slug: 'mittuniversitetet',
    name: 'Mittuniversitetet',
    shortName: 'MIUN',
    sector: 'ACADEMIA',
    level: 'REGIONAL',
    type: 'UNIVERSITY',
    areaCodes: ['SE32'],
    sources: [
      { source: 'report', quote: 'Mittuniversitetet', section: REPORT.members },
      { source: 'report', quote: 'Håkan Wiklund, MIUN', section: PRESIDIUM },
    ],
  },
  {
    slug: 'samling-naringsliv',
    name: 'Samling Näringsliv',
    sector: 'BUSINESS',
    level: 'REGIONAL',
    type: 'BUSINESS_ORGANISATION',
    areaCodes: ['23'],
    sources: [{ source: 'report', quote: 'Jenny Grip, Samling Näringsliv', section: PRESIDIUM }],
  },
  ...(
    [
      ['foretagarna', 'Företagarna', 'BUSINESS', 'BUSINESS_ORGANISATION', 'Företagarna'],
      ['almi', 'Almi', 'BUSINESS', 'BUSINESS_SUPPORT', 'Almi'],
      ['torsta', 'Torsta', 'BUSINESS', 'COMPANY', 'Torsta'],
      ['leader', 'Leader', 'CIVIL_SOCIETY', 'EU_PROGRAMME_BODY', 'Leader'],
      ['iuc-z-group', 'IUC Z-group', 'BUSINESS', 'BUSINESS_SUPPORT', 'IUC Z-group'],
      [
        'rf-sisu-jamtland-harjedalen',
        'RF-SISU Jämtland Härjedalen',
        'CIVIL_SOCIETY',
        'SPORTS_FEDERATION',
        'RF SISU J/H',
      ],
      [
        'jamtland-harjedalen-turism',
        'Jämtland Härjedalen Turism',
        'BUSINESS',
        'TOURISM_ORGANISATION',
        'Jämtland Härjedalen Turism',
      ],
      ['coompanion', 'Coompanion', 'CIVIL_SOCIETY', 'COOPERATIVE_DEVELOPMENT', 'Coompanion'],
      [
        'handelskammaren-mitt',
        'Handelskammaren Mitt',
        'BUSINESS',
        'CHAMBER_OF_COMMERCE',
        'Handelskammaren Mitt',
      ],
    ] as const
  ).map(([slug, name, sector, type, quote]) => ({
    slug,
    name,
    // "RF SISU J/H" is how the member list abbreviates the federation's district.
    shortName: quote !== name ? quote : undefined,
    sector,
    level: 'REGIONAL' as const,
    type,
    areaCodes: ['23'],
    sources: [{ source: 'report' as const, quote, section: memberGroup('Organisationer i länet') }],
  })),
  {
    slug: 'kontigo',
    name: 'Kontigo',
    sector: 'BUSINESS',
    level: 'NATIONAL',
    type: 'CONSULTANCY',
    areaCodes: [],
    sources: [
      {
        source: 'webinar',
        quote: 'Introduktion till processtödet – *Peter Kempinsky*, senior advisor, Kontigo',
        section: AGENDA,
      },
    ],
  },
  {
    slug: 'vastra-gotalandsregionen',
    name: 'Västra Götalandsregionen',
    sector: 'PUBLIC',
    level: 'REGIONAL',
    type: 'REGION',
    areaCodes: [],
    sources: [
      {
        source: 'webinar',
        quote:
          'Exempel 1: Västra Götaland – Hållbara platser – samverkan för regional serviceutveckling – *Björn Ohlén*, projektledare, Västra Götalandsregionen',
        section: AGENDA,
      },
    ],
  },
  {
    slug: 'lansstyrelsen-vasterbotten',
    name: 'Länsstyrelsen Västerbotten',
    sector: 'PUBLIC',
    level: 'REGIONAL',
    type: 'COUNTY_ADMINISTRATIVE_BOARD',
    areaCodes: [],
    sources: [
      {
        source: 'webinar',
        quote:
          'Exempel 2: Västerbotten – Samverkan i fokus – *Stina Fernerud*, projektledare, landsbygdsutveckling, Länsstyrelsen Västerbotten',
        section: AGENDA,
      },
    ],
  },
  {
    slug: 'europeiska-jordbruksfonden-for-landsbygdsutveckling',
    name: 'Europeiska jordbruksfonden för landsbygdsutveckling',
    sector: 'PUBLIC',
    level: 'EU',
    type: 'EU_PROGRAMME_BODY',
    areaCodes: [],
    sources: [
      {
        source: 'webinar',
        // Every slide of the webinar carries this line: the fund finances the series.
        quote:
          'Europeiska jordbruksfonden för landsbygdsutveckling: Europa investerar i landsbygdsområden',
        section: WEBINAR.title,
      },
    ],
  },
];
