import type { SeedCitation } from '../seed-context';
import { REPORT, WEBINAR } from './sections';

/**
 * Everyone the documents name, and the positions they give them, titles written as the documents
 * write them. A person the documents name only with an organisation (the presidium's "Niklas
 * Daoson, Kommunförbundet") has a position there without a title: the documents say where they
 * belong, not as what. That position is what lets them act for the organisation (see forums.ts).
 */
export interface SeedPerson {
  slug: string;
  name: string;
  sources: SeedCitation[];
}

export interface SeedPosition {
  person: string;
  actor: string;
  /** Left out where the documents give none. */
  title?: string;
  sources: SeedCitation[];
}

const presidium = (quote: string): SeedCitation => ({
  source: 'report',
  section: REPORT.rusAndLearning,
  quote,
});
const agenda = (quote: string): SeedCitation => ({
  source: 'webinar',
  section: WEBINAR.agenda,
  quote,
});

const LIV = 'Inledning – *Liv Edström*, utredare, Tillväxtverket';
const PETER = 'Introduktion till processtödet – *Peter Kempinsky*, senior advisor, Kontigo';
const BJORN =
  'Exempel 1: Västra Götaland – Hållbara platser – samverkan för regional serviceutveckling – *Björn Ohlén*, projektledare, Västra Götalandsregionen';
const STINA =
  'Exempel 2: Västerbotten – Samverkan i fokus – *Stina Fernerud*, projektledare, landsbygdsutveckling, Länsstyrelsen Västerbotten';

export const SEED_PEOPLE: SeedPerson[] = [
  {
    slug: 'jonas-andersson',
    name: 'Jonas Andersson',
    sources: [
      presidium('Jonas Andersson, Regionråd'),
      { source: 'report', section: REPORT.contacts, quote: 'Regionråd - Jonas Andersson' },
    ],
  },
  {
    slug: 'niklas-daoson',
    name: 'Niklas Daoson',
    sources: [presidium('Niklas Daoson, Kommunförbundet')],
  },
  {
    slug: 'marita-ljung',
    name: 'Marita Ljung',
    sources: [presidium('Marita Ljung, Länsstyrelsen')],
  },
  { slug: 'hakan-wiklund', name: 'Håkan Wiklund', sources: [presidium('Håkan Wiklund, MIUN')] },
  {
    slug: 'jenny-grip',
    name: 'Jenny Grip',
    sources: [presidium('Jenny Grip, Samling Näringsliv')],
  },
  {
    slug: 'maria-kumpula',
    name: 'Maria Kumpula',
    sources: [
      presidium('Maria Kumpula, ansvarig tjänsteperson på Region Jämtland Härjedalen'),
      {
        source: 'report',
        section: REPORT.contacts,
        quote: 'Ansvarig tjänsteperson – Maria Kumpula',
      },
    ],
  },
  { slug: 'liv-edstrom', name: 'Liv Edström', sources: [agenda(LIV)] },
  {
    slug: 'peter-kempinsky',
    name: 'Peter Kempinsky',
    sources: [
      agenda(PETER),
      { source: 'webinar', section: WEBINAR.introduction, quote: 'Peter Kempinsky' },
    ],
  },
  { slug: 'bjorn-ohlen', name: 'Björn Ohlén', sources: [agenda(BJORN)] },
  { slug: 'stina-fernerud', name: 'Stina Fernerud', sources: [agenda(STINA)] },
];

export const SEED_POSITIONS: SeedPosition[] = [
  {
    person: 'jonas-andersson',
    actor: 'region-jamtland-harjedalen',
    title: 'Regionråd',
    sources: [{ source: 'report', section: REPORT.contacts, quote: 'Regionråd - Jonas Andersson' }],
  },
  {
    person: 'maria-kumpula',
    actor: 'region-jamtland-harjedalen',
    title: 'ansvarig tjänsteperson',
    sources: [presidium('Maria Kumpula, ansvarig tjänsteperson på Region Jämtland Härjedalen')],
  },
  { person: 'liv-edstrom', actor: 'tillvaxtverket', title: 'utredare', sources: [agenda(LIV)] },
  {
    person: 'peter-kempinsky',
    actor: 'kontigo',
    title: 'senior advisor',
    sources: [agenda(PETER)],
  },
  {
    person: 'bjorn-ohlen',
    actor: 'vastra-gotalandsregionen',
    title: 'projektledare',
    sources: [agenda(BJORN)],
  },
  // The presidium's members named with their organisation only.
  {
    person: 'niklas-daoson',
    actor: 'kommunforbundet-jamtland-harjedalen',
    sources: [presidium('Niklas Daoson, Kommunförbundet')],
  },
  {
    person: 'marita-ljung',
    actor: 'lansstyrelsen-jamtlands-lan',
    sources: [presidium('Marita Ljung, Länsstyrelsen')],
  },
  {
    person: 'hakan-wiklund',
    actor: 'mittuniversitetet',
    sources: [presidium('Håkan Wiklund, MIUN')],
  },
  {
    person: 'jenny-grip',
    actor: 'samling-naringsliv',
    sources: [presidium('Jenny Grip, Samling Näringsliv')],
  },
  {
    person: 'stina-fernerud',
    actor: 'lansstyrelsen-vasterbotten',
    title: 'projektledare, landsbygdsutveckling',
    sources: [agenda(STINA)],
  },
];
