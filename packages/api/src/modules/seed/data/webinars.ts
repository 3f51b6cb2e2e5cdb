import type { SeedCitation } from '../seed-context';
import { WEBINAR } from './sections';

/**
 * The five webinars of spring 2019 and the agenda of the second, 2019-02-06. The slides give
 * day and month ("22.1"); the year is the series' ("våren 2019"). All were broadcast
 * "kl 11.00-12.00 (cirka)", on the Swedish clock (CET, CEST from 31 March 2019).
 */
export interface SeedMeeting {
  key: string;
  seriesPosition: number;
  startsAt: string;
  endsAt: string;
  title: string;
  theme?: string;
  sources: SeedCitation[];
}

export interface SeedAgendaItem {
  title: string;
  /** person slug, actor slug, title at the time */
  presenters: [string, string, string][];
  quote: string;
}

const series = (quote: string): SeedCitation => ({
  source: 'webinar',
  section: WEBINAR.series,
  quote,
});
const ELEVEN_TO_NOON = series('Samtliga sändes kl 11.00-12.00 (cirka)');

const webinar = (
  seriesPosition: number,
  day: string,
  offset: string,
  line: string,
  extra: SeedCitation[] = [],
): SeedMeeting => {
  const [, ...title] = line.split(' ');
  return {
    key: `webinar-${seriesPosition}`,
    seriesPosition,
    startsAt: `${day}T11:00:00${offset}`,
    endsAt: `${day}T12:00:00${offset}`,
    title: title.join(' '),
    sources: [series(line), ELEVEN_TO_NOON, ...extra],
  };
};

export const SEED_MEETINGS: SeedMeeting[] = [
  webinar(
    1,
    '2019-01-22',
    '+01:00',
    '22.1 Arbetet med RSP som del av RUS och det regionala utvecklingsarbetet',
  ),
  webinar(2, '2019-02-06', '+01:00', '6.2 Utveckling av aktörssamverkan på lokal nivå', [
    {
      source: 'webinar',
      section: WEBINAR.title,
      quote: 'Utveckling av aktörssamverkan på lokal nivå Webinarium 2019-02-06',
    },
  ]),
  {
    ...webinar(
      3,
      '2019-03-12',
      '+01:00',
      '12.3 Utveckling av samarbetet mellan region och lst. i arbetet med RSP',
      [
        {
          source: 'webinar',
          section: WEBINAR.closing,
          quote: 'Välkommen till nästa webinarium 12.3 kl. 11.00',
        },
        {
          source: 'webinar',
          section: WEBINAR.closing,
          quote:
            'Tema: Utveckling av samarbetet med mellan region och länsstyrelse i arbetet med RSP',
        },
      ],
    ),
    // The closing slide words the theme of the next webinar a little differently from the list.
    theme: 'Utveckling av samarbetet med mellan region och länsstyrelse i arbetet med RSP',
  },
  webinar(
    4,
    '2019-03-29',
    '+01:00',
    '29.3 Skapa hållbara resultat av projekt som utvecklar arbetet med RSP och som innebär strukturpåverkan',
  ),
  webinar(
    5,
    '2019-04-11',
    '+02:00',
    '11.4 Utveckla ett lärande arbetssätt och mål och indikatorer för genomförandet av RSP',
  ),
];

/** The agenda of 2019-02-06, in order, with the speakers as the slide names them. */
export const SEED_AGENDA: SeedAgendaItem[] = [
  {
    title: 'Inledning',
    presenters: [['liv-edstrom', 'tillvaxtverket', 'utredare']],
    quote: 'Inledning – *Liv Edström*, utredare, Tillväxtverket',
  },
  {
    title: 'Introduktion till processtödet',
    presenters: [['peter-kempinsky', 'kontigo', 'senior advisor']],
    quote: 'Introduktion till processtödet – *Peter Kempinsky*, senior advisor, Kontigo',
  },
  {
    title:
      'Exempel 1: Västra Götaland – Hållbara platser – samverkan för regional serviceutveckling',
    presenters: [['bjorn-ohlen', 'vastra-gotalandsregionen', 'projektledare']],
    quote:
      'Exempel 1: Västra Götaland – Hållbara platser – samverkan för regional serviceutveckling – *Björn Ohlén*, projektledare, Västra Götalandsregionen',
  },
  {
    title: 'Exempel 2: Västerbotten – Samverkan i fokus',
    presenters: [
      ['stina-fernerud', 'lansstyrelsen-vasterbotten', 'projektledare, landsbygdsutveckling'],
    ],
    quote:
      'Exempel 2: Västerbotten – Samverkan i fokus – *Stina Fernerud*, projektledare, landsbygdsutveckling, Länsstyrelsen Västerbotten',
  },
  {
    title: 'Reflektioner och kommentarer',
    presenters: [['liv-edstrom', 'tillvaxtverket', 'utredare']],
    quote: 'Reflektioner och kommentarer – *Liv Edström*, utredare, Tillväxtverket',
  },
  {
    title: 'Frågor och avslutande diskussion',
    presenters: [],
    quote: 'Frågor och avslutande diskussion',
  },
  { title: 'Avslutning', presenters: [], quote: 'Avslutning' },
];
