import type { SeedCitation } from '../seed-context';
import { REPORT } from './sections';

/**
 * The review of Länspartnerskapet ("Slutrapport Översyn Länspartnerskapet"): why and how it was
 * made, what it found, what was decided, and what is left open. Texts are the report's own.
 */
const report = (section: string, quote: string): SeedCitation => ({
  source: 'report',
  section,
  quote,
});

const WHY_LAW =
  'En utgångspunkt har varit regionens samverkans- och samrådsuppdrag enligt lagen om regionalt utvecklingsansvar.';
const WHY_EU = 'Översynen sammanföll också med en ny programperiod för EU:s strukturfonder.';
const GOAL =
  'Målet är att etablera ett effektivt och hållbart forum för att lyfta regionala utvecklingsfrågor och länsgemensamma frågor med syfte att påverka och främja samverkan mellan olika aktörer.';
const METHOD =
  'Ett 30-tal intervjuer genomfördes med aktörer som tidigare ingått i Länspartnerskapet. Där ställdes frågor om upplevelsen av forumet idag, vilket syfte man såg, om det fanns ett behov av ett Länspartnerskap och vad som kan utvecklas för att skapa ett bättre forum.';
const COMMISSION =
  'På uppdrag av regionala utvecklingsnämnden har ett arbete med att strukturera samverkans- och påverkansarbetet inom nämndens ansvarsområde genomförts.';

export const SEED_REVIEW = {
  key: 'review:oversyn-lanspartnerskapet',
  forum: 'lanspartnerskapet',
  title: 'Översyn Länspartnerskapet',
  commissionedBy: 'regionala-utvecklingsnamnden',
  background: `${WHY_LAW} ${WHY_EU}`,
  goal: GOAL,
  method: METHOD,
  themes: ['Förväntningar', 'Deltagarnas roller', 'Utmaningar', 'Önskade teman'],
  contacts: [
    { person: 'maria-kumpula', role: 'Ansvarig tjänsteperson' },
    { person: 'jonas-andersson', role: 'Regionråd' },
  ],
  sources: [
    report(REPORT.background, COMMISSION),
    report(REPORT.background, WHY_LAW),
    report(REPORT.background, WHY_EU),
    report(REPORT.goal, GOAL),
    report(REPORT.method, METHOD),
    report(
      REPORT.background,
      'En verksamhetsutvecklare gavs i uppdrag att intervjua involverade aktörer och förslag till förändringar i samverkansarbetet har successivt arbetats fram tillsammans med aktörerna, ansvariga tjänstemän och politiker.',
    ),
    report(
      REPORT.clearerLinks,
      'På Länspartnerskapet formar vi forumet löpande gemensamt genom dialog för att identifiera och tydliggöra:',
    ),
    report(REPORT.contacts, 'Ansvarig tjänsteperson – Maria Kumpula'),
    report(REPORT.contacts, 'Regionråd - Jonas Andersson'),
  ],
};

export interface SeedFinding {
  title: string;
  text: string;
  points: string[];
  quotes: string[];
}

const STRUCTURE_POINTS = [
  'otydligt vad som förväntas av deltagare, vad man kan samverka kring,',
  'många har lyft upp att det har varit för mycket information och dokumentation och för lite dialog, vill man ens ha en dialog?',
  'också framkommit att man upplever att kopplingen till länets kommuner skulle behöva stärkas med fler representanter.',
];

export const SEED_FINDINGS: SeedFinding[] = [
  {
    title: 'Otydligt syfte',
    text: 'Att syftet har varit otydligt har varit framträdande. Därför var en frågeställning om forumet ens ska finnas kvar, om det fyller något syfte. Svaret var att forumet har ett viktigt syfte att fylla.',
    points: [],
    quotes: [
      'Att syftet har varit otydligt har varit framträdande. Därför var en frågeställning om forumet ens ska finnas kvar, om det fyller något syfte. Svaret var att forumet har ett viktigt syfte att fylla.',
    ],
  },
  {
    title: 'Otydlig struktur',
    text: [
      'Det fanns synpunkter kring att strukturen har varit otydlig. Det har upplevts:',
      'Även önskemål om att tydliggöra ramar, förväntningar och vilka som ska delta på ett sådant här forum och varför så att förutsättningarna att bidra blir bättre.',
      'Man/ni vill också att kopplingen mellan Strukturfondspartnerskapet och Länspartnerskapet tydliggörs samt att man nyttjar forumet till att inhämta regional kunskap på ett bättre sätt.',
    ].join('\n\n'),
    points: STRUCTURE_POINTS,
    quotes: [
      'Det fanns synpunkter kring att strukturen har varit otydlig. Det har upplevts:',
      ...STRUCTURE_POINTS,
    ],
  },
  {
    title: 'Otydligt ledarskap',
    text: [
      'Den punkt där flest har varit överens har gällt ledarskapet som också det upplevs otydligt. Man har undrat var ansvaret ligger och att det märks. I samarbetet att det har varit mycket gnissel inom Region Jämtland Härjedalen. Det här upplevs har lett till att mötena har varit för mycket ad hoc med tillfälliga lösningar och där information har gått ut med kort varsel.',
      'Det man önskade var ett tydligt ordförandeskap och ett modigare ledarskap där man vågar fatta beslut och står för dem. Det man allra tydligast efterfrågar är att det här forumet bör vara styrt och lett av folkvalda.',
    ].join('\n\n'),
    points: [],
    quotes: [
      'Den punkt där flest har varit överens har gällt ledarskapet som också det upplevs otydligt.',
      'Det man allra tydligast efterfrågar är att det här forumet bör vara styrt och lett av folkvalda.',
    ],
  },
  {
    title: 'För detaljerade projektgenomgångar',
    text: [
      'När det gäller projekten så menar de flesta att det har varit alldeles för detaljerade projektgenomgångar.',
      'Aktörer känner sig gisslantagna utan att ha någon verklig möjlighet till påverkan och det saknas transparens gällande bedömningarna. Man upplever också att man nästan måste vara projektproffs för att kunna söka finansiering. Det har också skapat en frustration kring hur neutral Region Jämtland Härjedalen är. Önskemålet är i stället att lyfta blicken och prata mer helhet och övergripande regional utveckling.',
      'Aktörerna ansåg fortsatt att projekten kan vara en del av mötet men inte vara huvuddelen. Det finns ett behov av att prata nuläge och framtida utmaningar och att använda den RUS som är framtagen som en röd tråd.',
    ].join('\n\n'),
    points: [],
    quotes: [
      'När det gäller projekten så menar de flesta att det har varit alldeles för detaljerade projektgenomgångar.',
      'Aktörerna ansåg fortsatt att projekten kan vara en del av mötet men inte vara huvuddelen.',
    ],
  },
];

/** The four "from → to" shifts, under "Tydligare koppling till kommunerna och till Länsstyrelsen". */
export const SEED_SHIFTS: [string, string, string][] = [
  ['detaljfokus', 'helhet och strategi', 'Från detaljfokus till helhet och strategi'],
  [
    'projektfokus',
    'övergripande Regional utveckling',
    'Från projektfokus till övergripande Regional utveckling',
  ],
  [
    'att ledas av tjänstepersonorganisation',
    'att ledas av förtroendevalda',
    'Från att ledas av tjänstepersonorganisation till att ledas av förtroendevalda',
  ],
  [
    'informationsspridning',
    'mer dialog och riktig samverkan',
    'Från informationsspridning till mer dialog och riktig samverkan',
  ],
];

export interface SeedDecision {
  text: string;
  /** `forum:<slug>` */
  subject?: string;
  quote: string;
  section: string;
  /** A second passage of the same section the decision stands on. */
  alsoQuote?: string;
}

export const SEED_DECISIONS: SeedDecision[] = [
  {
    text: 'Ett nytt gemensamt syfte med Länspartnerskapet',
    subject: 'forum:lanspartnerskapet',
    quote: 'Ett nytt gemensamt syfte med Länspartnerskapet som lyder',
    section: REPORT.decisions,
  },
  ...[
    'En ny inriktning i ägarskapet för Länspartnerskapet',
    'Redogöra för syftet med Länspartnerskapet',
    'Tydliggöra den regionala utvecklingsstrategin (RUS) och ansvarsområden',
    'Skapa en tydligare struktur med fokus dels på övergripande regional utveckling, dels på projekten',
    'Skapa utrymme för mer dialog och mindre informationsspridning',
  ].map((text) => ({
    text,
    subject: 'forum:lanspartnerskapet',
    quote: text,
    section: REPORT.decisions,
    // The report says they came out of "the meeting in December", with no year: no meeting is
    // dated, so the decisions cite the sentence rather than link a meeting.
    alsoQuote: 'Insikterna ledde till att göra en förändring från mötet i december',
  })),
  {
    text: 'En informationspunkt på Länspartnerskapet om Region Jämtland Härjedalens roll och ansvar vid finansiering',
    subject: 'forum:lanspartnerskapet',
    quote:
      'har vi infört en informationspunkt på Länspartnerskapet anpassad för målgruppen som handlar om att informera om Region Jämtland Härjedalens roll och ansvar vid finansiering',
    section: REPORT.rusAndLearning,
  },
  {
    text: 'Ett presidium för Länspartnerskapet är skapat',
    subject: 'forum:presidium-for-lanspartnerskapet',
    quote: 'Ett presidium för Länspartnerskapet är skapat och består av',
    section: REPORT.rusAndLearning,
  },
];

export interface SeedOpenQuestion {
  title: string;
  text: string;
  points: string[];
  quote: string;
  /** Follow-up actions the report names, owned by the Region that wrote it ("vi"). */
  actions: string[];
}

const ADVOCACY_POINTS = [
  'Identifiera viktiga frågor för länet framåt – tala med en röst',
  'Budskap om länets betydelse för Sverige – bygga budskap',
  'Kommunikationsresurser',
  'Projektorienterat',
  'Skapa hängrännor',
];

export const SEED_OPEN_QUESTIONS: SeedOpenQuestion[] = [
  {
    title: REPORT.preparation,
    text: 'Hur skapas en bra beredning genom presidiet? Och hur säkerställs att aktörerna kan inkomma med punkter och frågor inför kommande Länspartnerskapsmöte? Hur involveras t ex Tillväxtcheferna i kommunerna och regionen? Kan de ingå i en beredningsgrupp för att förankra information och input från kommuner och regionen?',
    points: [],
    quote: 'Hur skapas en bra beredning genom presidiet?',
    actions: [],
  },
  {
    title: REPORT.trust,
    text: 'Inom gruppen finns en utbredd tillitsproblematik som grundar sig i olika saker. Dock finns en inställning om att hitta en bra lösning som gynnar alla inblandade. Det behöver göras ett arbete kring relationerna mellan de olika aktörerna.',
    points: [],
    quote: 'Inom gruppen finns en utbredd tillitsproblematik som grundar sig i olika saker.',
    actions: [],
  },
  {
    title: REPORT.communication,
    text: [
      'Förankringen i samtliga organisationer behöver tydliggöras. Det man diskuterar på Länspartnerskapet måste fångas upp av respektive organisation så att information når alla berörda. Budskap behöver byggas tvärssektoriellt.',
      'Vilka typer av frågor som tas upp var för att undvika dubletter av mötesforum behöver fortsatt diskuteras och kan underlättas genom ett bra beredningsarbete och information genom presidiet. Genom denna kan man också se på kopplingen till övriga forum, t ex regionens samverkansråd.',
    ].join('\n\n'),
    points: [],
    quote: 'Förankringen i samtliga organisationer behöver tydliggöras.',
    actions: [],
  },
  {
    title: REPORT.structure,
    text: 'Det behöver finnas en strukturerad uppföljning för lärande, goda exempel och att hålla kursen. Kanske en modell för samverkan i länet skulle kunna införas.',
    points: [],
    quote:
      'Det behöver finnas en strukturerad uppföljning för lärande, goda exempel och att hålla kursen.',
    actions: [],
  },
  {
    title: REPORT.advocacy,
    text: 'För det viktiga påverkansarbetet har vi identifierat följande punkter att arbeta vidare med.',
    points: ADVOCACY_POINTS,
    quote:
      'För det viktiga påverkansarbetet har vi identifierat följande punkter att arbeta vidare med.',
    actions: ADVOCACY_POINTS,
  },
];
