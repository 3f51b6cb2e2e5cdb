import { startTestApi, type TestApi } from '../../testing/test-api';

/**
 * Facts a reader can check against the two source documents, each asked of the API the way a
 * client would, signed in (the documents' proposals are not public). Each is [what the document says, query, what the answer must contain].
 */
type Fact = [string, string, Record<string, unknown>];

/** An asymmetric matcher for conditions jest has no matcher for. */
const matching = (description: string, test: (value: any) => boolean) => ({
  $$typeof: Symbol.for('jest.asymmetricMatcher'),
  asymmetricMatch: test,
  toAsymmetricMatcher: () => description,
});
const ofLength = (n: number) =>
  matching(`an array of ${n}`, (v) => Array.isArray(v) && v.length === n);

const LPS_MEMBERS = `{ forum(slug: "lanspartnerskapet") { members { category member { ... on Actor { slug } ... on Forum { slug } } } } }`;
const names = (list: string[]) => list.map((slug) => ({ member: { slug } }));

const FACTS: Fact[] = [
  // Organisations
  [
    'Region Jämtland Härjedalen is a public, regional region in Jämtlands län',
    `{ actor(slug: "region-jamtland-harjedalen") { name sector level type areas { code } } }`,
    {
      actor: {
        name: 'Region Jämtland Härjedalen',
        sector: 'PUBLIC',
        level: 'REGIONAL',
        type: 'REGION',
        areas: [{ code: '23' }],
      },
    },
  ],
  [
    'the regional development committee is a body of the Region',
    `{ actor(slug: "regionala-utvecklingsnamnden") { type parent { slug } } }`,
    { actor: { type: 'POLITICAL_BODY', parent: { slug: 'region-jamtland-harjedalen' } } },
  ],
  [
    'Kommunförbundet Jämtland Härjedalen is an association of municipalities',
    `{ actor(slug: "kommunforbundet-jamtland-harjedalen") { name shortName type } }`,
    {
      actor: {
        name: 'Kommunförbundet Jämtland Härjedalen',
        shortName: 'Kommunförbundet',
        type: 'MUNICIPAL_ASSOCIATION',
      },
    },
  ],
  [
    'Mittuniversitetet (MIUN) is a university',
    `{ actor(slug: "mittuniversitetet") { shortName sector type } }`,
    { actor: { shortName: 'MIUN', sector: 'ACADEMIA', type: 'UNIVERSITY' } },
  ],
  [
    'Sametinget is an indigenous parliament',
    `{ actor(slug: "sametinget") { type level } }`,
    { actor: { type: 'INDIGENOUS_PARLIAMENT', level: 'NATIONAL' } },
  ],
  [
    'RF SISU J/H is the sports federation RF-SISU Jämtland Härjedalen',
    `{ actor(slug: "rf-sisu-jamtland-harjedalen") { shortName type sector } }`,
    { actor: { shortName: 'RF SISU J/H', type: 'SPORTS_FEDERATION', sector: 'CIVIL_SOCIETY' } },
  ],
  [
    'the European Agricultural Fund for Rural Development is an EU body',
    `{ actor(slug: "europeiska-jordbruksfonden-for-landsbygdsutveckling") { name level } }`,
    { actor: { name: 'Europeiska jordbruksfonden för landsbygdsutveckling', level: 'EU' } },
  ],
  [
    'the review report is published by the Region',
    `{ sources { nodes { title publisher { slug } publishedOn } } }`,
    {
      sources: {
        nodes: expect.arrayContaining([
          {
            title: 'Slutrapport Översyn Länspartnerskapet',
            publisher: { slug: 'region-jamtland-harjedalen' },
            publishedOn: null,
          },
          {
            title: 'Utveckling av aktörssamverkan på lokal nivå (webinarium 2019-02-06)',
            publisher: { slug: 'tillvaxtverket' },
            publishedOn: '2019-02-06',
          },
        ]),
      },
    },
  ],
  [
    'Jämtlands län is NUTS SE322 in Mellersta Norrland',
    `{ areaByIdentifier(scheme: "nuts", value: "SE322") { code name parent { name } } }`,
    {
      areaByIdentifier: {
        code: '23',
        name: 'Jämtlands län',
        parent: { name: 'Mellersta Norrland' },
      },
    },
  ],
  // People and positions
  [
    'Jonas Andersson is Regionråd at the Region',
    `{ person(slug: "jonas-andersson") { positions { title actor { slug } } } }`,
    {
      person: {
        positions: [{ title: 'Regionråd', actor: { slug: 'region-jamtland-harjedalen' } }],
      },
    },
  ],
  [
    'Maria Kumpula is ansvarig tjänsteperson at the Region',
    `{ person(slug: "maria-kumpula") { positions { title actor { slug } } } }`,
    {
      person: {
        positions: [
          { title: 'ansvarig tjänsteperson', actor: { slug: 'region-jamtland-harjedalen' } },
        ],
      },
    },
  ],
  [
    'Liv Edström is utredare at Tillväxtverket',
    `{ person(slug: "liv-edstrom") { positions { title actor { slug } } } }`,
    { person: { positions: [{ title: 'utredare', actor: { slug: 'tillvaxtverket' } }] } },
  ],
  [
    'Peter Kempinsky is senior advisor at Kontigo',
    `{ person(slug: "peter-kempinsky") { positions { title actor { slug } } } }`,
    { person: { positions: [{ title: 'senior advisor', actor: { slug: 'kontigo' } }] } },
  ],
  [
    'Björn Ohlén is projektledare at Västra Götalandsregionen',
    `{ person(slug: "bjorn-ohlen") { positions { title actor { slug } } } }`,
    {
      person: {
        positions: [{ title: 'projektledare', actor: { slug: 'vastra-gotalandsregionen' } }],
      },
    },
  ],
  [
    'Stina Fernerud is projektledare, landsbygdsutveckling at Länsstyrelsen Västerbotten',
    `{ person(slug: "stina-fernerud") { positions { title actor { slug } } } }`,
    {
      person: {
        positions: [
          {
            title: 'projektledare, landsbygdsutveckling',
            actor: { slug: 'lansstyrelsen-vasterbotten' },
          },
        ],
      },
    },
  ],
  [
    'Tillväxtverket has one person named in the documents, Liv Edström',
    `{ actor(slug: "tillvaxtverket") { positions { person { name } } } }`,
    { actor: { positions: [{ person: { name: 'Liv Edström' } }] } },
  ],
  // Länspartnerskapet
  [
    'Länspartnerskapet (LPS) is a partnership for Jämtlands län',
    `{ forum(slug: "lanspartnerskapet") { name shortName kind area { code } } }`,
    {
      forum: {
        name: 'Länspartnerskapet',
        shortName: 'LPS',
        kind: 'PARTNERSHIP',
        area: { code: '23' },
      },
    },
  ],
  [
    'its goal is an effective and sustainable forum',
    `{ forum(slug: "lanspartnerskapet") { goal } }`,
    {
      forum: {
        goal: expect.stringMatching(/^Målet är att etablera ett effektivt och hållbart forum/),
      },
    },
  ],
  [
    'its new purpose has six statements, in order',
    `{ forum(slug: "lanspartnerskapet") { purpose } }`,
    {
      forum: {
        purpose: [
          'Ett nav för den regionala dialogen',
          'Ett forum att lyfta och diskutera frågor med koppling till RUS',
          'Ledamöter i Länspartnerskapet ska få god inblick i regional utveckling och parternas ansvar och roller.',
          'Forumet ska samverka kring vägval och arbetssätt för att nå de regionala målen',
          'RUS är central och styrande i arbetet',
          'Region Jämtland Härjedalen som RUA sammankallar och leder forumet',
        ],
      },
    },
  ],
  [
    'the Region convenes it',
    `{ forum(slug: "lanspartnerskapet") { convenor { slug } } }`,
    { forum: { convenor: { slug: 'region-jamtland-harjedalen' } } },
  ],
  [
    'it is anchored in the RUS',
    `{ forum(slug: "lanspartnerskapet") { anchoredIn { shortName } } }`,
    { forum: { anchoredIn: [{ shortName: 'RUS' }] } },
  ],
  [
    'the Region convenes and leads it as RUA, under the law on regional development responsibility',
    `{ forum(slug: "lanspartnerskapet") { responsibilities { role raci actor { slug } mandate { text reference } } } }`,
    {
      forum: {
        responsibilities: [
          {
            role: 'CONVENES',
            raci: 'RESPONSIBLE',
            actor: { slug: 'region-jamtland-harjedalen' },
            mandate: {
              text: 'Regionalt utvecklingsansvarig aktör (RUA)',
              reference: 'lagen om regionalt utvecklingsansvar',
            },
          },
        ],
      },
    },
  ],
  [
    'it has 19 participating organisations',
    `{ forum(slug: "lanspartnerskapet") { members { id } } }`,
    { forum: { members: ofLength(19) } },
  ],
  [
    '"Regionala aktörer": the Region and Kommunförbundet',
    `{ forum(slug: "lanspartnerskapet") { members(category: "Regionala aktörer") { member { ... on Actor { slug } } } } }`,
    {
      forum: {
        members: expect.arrayContaining(
          names(['region-jamtland-harjedalen', 'kommunforbundet-jamtland-harjedalen']),
        ),
      },
    },
  ],
  [
    '"Myndigheter": Länsstyrelsen, ESF, Tillväxtverket, Sametinget, Försäkringskassan',
    `{ forum(slug: "lanspartnerskapet") { members(category: "Myndigheter") { member { ... on Actor { slug } } } } }`,
    {
      forum: {
        members: expect.arrayContaining(
          names([
            'lansstyrelsen-jamtlands-lan',
            'esf-radet',
            'tillvaxtverket',
            'sametinget',
            'forsakringskassan',
          ]),
        ),
      },
    },
  ],
  [
    '"Myndigheter" has five members',
    `{ forum(slug: "lanspartnerskapet") { members(category: "Myndigheter") { id } } }`,
    { forum: { members: ofLength(5) } },
  ],
  [
    '"Organisationer i länet" has ten members, Samling Näringsliv to Handelskammaren Mitt',
    `{ forum(slug: "lanspartnerskapet") { members(category: "Organisationer i länet") { member { ... on Actor { slug } } } } }`,
    {
      forum: {
        members: expect.arrayContaining(
          names([
            'samling-naringsliv',
            'foretagarna',
            'almi',
            'torsta',
            'leader',
            'iuc-z-group',
            'rf-sisu-jamtland-harjedalen',
            'jamtland-harjedalen-turism',
            'coompanion',
            'handelskammaren-mitt',
          ]),
        ),
      },
    },
  ],
  [
    'Strukturfondspartnerskapet, a forum, takes part in Länspartnerskapet',
    LPS_MEMBERS,
    {
      forum: {
        members: expect.arrayContaining([
          { category: null, member: { slug: 'strukturfondspartnerskapet' } },
        ]),
      },
    },
  ],
  [
    'Mittuniversitetet takes part, under no group',
    LPS_MEMBERS,
    {
      forum: {
        members: expect.arrayContaining([
          { category: null, member: { slug: 'mittuniversitetet' } },
        ]),
      },
    },
  ],
  [
    'Strukturfondspartnerskapet lists its membership in Länspartnerskapet',
    `{ forum(slug: "strukturfondspartnerskapet") { kind memberships { forum { slug } } } }`,
    { forum: { kind: 'PARTNERSHIP', memberships: [{ forum: { slug: 'lanspartnerskapet' } }] } },
  ],
  // The presidium
  [
    'the presidium is a child forum of Länspartnerskapet',
    `{ forum(slug: "presidium-for-lanspartnerskapet") { kind parent { slug } } }`,
    { forum: { kind: 'PRESIDIUM', parent: { slug: 'lanspartnerskapet' } } },
  ],
  [
    'the presidium has six people',
    `{ forum(slug: "presidium-for-lanspartnerskapet") { members { representatives { slug } } } }`,
    {
      forum: {
        members: matching(
          'six people in all',
          (members: { representatives: unknown[] }[]) =>
            members.flatMap((m) => m.representatives).length === 6,
        ),
      },
    },
  ],
  ...(
    [
      ['jonas-andersson', 'region-jamtland-harjedalen'],
      ['maria-kumpula', 'region-jamtland-harjedalen'],
      ['niklas-daoson', 'kommunforbundet-jamtland-harjedalen'],
      ['marita-ljung', 'lansstyrelsen-jamtlands-lan'],
      ['hakan-wiklund', 'mittuniversitetet'],
      ['jenny-grip', 'samling-naringsliv'],
    ] as const
  ).map(([person, actor]): Fact => [
    `${person} sits in the presidium for ${actor}`,
    `{ person(slug: "${person}") { representations { forum { slug } member { ... on Actor { slug } } } } }`,
    {
      person: {
        representations: [
          { forum: { slug: 'presidium-for-lanspartnerskapet' }, member: { slug: actor } },
        ],
      },
    },
  ]),
  // Other forums
  [
    'a preparatory group is proposed under Länspartnerskapet',
    `{ forum(slug: "beredningsgrupp-for-lanspartnerskapet") { kind status parent { slug } } }`,
    { forum: { kind: 'WORKING_GROUP', status: 'PROPOSED', parent: { slug: 'lanspartnerskapet' } } },
  ],
  [
    'the preparation question names the growth managers of the municipalities and the Region: the Region sits in the proposed group as one',
    `{ forum(slug: "beredningsgrupp-for-lanspartnerskapet") { members { category member { ... on Actor { slug } } sources { quote } } } }`,
    {
      forum: {
        members: [
          {
            category: 'Tillväxtchefer',
            member: { slug: 'region-jamtland-harjedalen' },
            sources: [
              {
                quote:
                  'Hur involveras t ex Tillväxtcheferna i kommunerna och regionen? Kan de ingå i en beredningsgrupp',
              },
            ],
          },
        ],
      },
    },
  ],
  [
    "the Region sits in the region's samverkansråd, a council",
    `{ forum(slug: "regionens-samverkansrad") { kind members { member { ... on Actor { slug } } } } }`,
    { forum: { kind: 'COUNCIL', members: names(['region-jamtland-harjedalen']) } },
  ],
  [
    'the spring 2019 webinars form a webinar series about the RSP, convened by Tillväxtverket',
    `{ forum(slug: "webinarier-under-varen-2019") { kind convenor { slug } anchoredIn { shortName } } }`,
    {
      forum: {
        kind: 'WEBINAR_SERIES',
        convenor: { slug: 'tillvaxtverket' },
        anchoredIn: [{ shortName: 'RSP' }],
      },
    },
  ],
  [
    'the European Agricultural Fund for Rural Development funds the webinars',
    `{ forum(slug: "webinarier-under-varen-2019") { responsibilities(role: FUNDS) { raci actor { slug } } } }`,
    {
      forum: {
        responsibilities: [
          {
            raci: 'CONSULTED',
            actor: { slug: 'europeiska-jordbruksfonden-for-landsbygdsutveckling' },
          },
        ],
      },
    },
  ],
  // Strategies and responsibilities
  [
    "the RUS is the Region's regional development strategy",
    `{ strategy(slug: "rus") { kind shortName owner { slug } area { code } } }`,
    {
      strategy: {
        kind: 'REGIONAL_DEVELOPMENT_STRATEGY',
        shortName: 'RUS',
        owner: { slug: 'region-jamtland-harjedalen' },
        area: { code: '23' },
      },
    },
  ],
  [
    'the RSP is a programme and part of the RUS',
    `{ strategy(slug: "rsp") { kind name implements { slug } } }`,
    {
      strategy: {
        kind: 'PROGRAMME',
        name: 'Regionalt serviceprogram',
        implements: { slug: 'rus' },
      },
    },
  ],
  [
    'the Region is RUA: it leads regional development in the county',
    `{ area(code: "23") { responsibilities(role: LEADS) { actor { slug } mandate { text } } } }`,
    {
      area: {
        responsibilities: [
          {
            actor: { slug: 'region-jamtland-harjedalen' },
            mandate: { text: 'Regionalt utvecklingsansvarig aktör (RUA)' },
          },
        ],
      },
    },
  ],
  [
    'the regional development committee answers for collaboration and advocacy work',
    `{ actor(slug: "regionala-utvecklingsnamnden") { responsibilities { role subject { ... on Topic { name } } } } }`,
    {
      actor: {
        responsibilities: [{ role: 'LEADS', subject: { name: 'Samverkans- och påverkansarbete' } }],
      },
    },
  ],
  // The webinar's reference frame and factors of successful collaboration
  [
    'Samhandlingstrappan is a collaboration scale whose steps the documents do not list',
    `{ collaborationScale(slug: "samhandlingstrappan") { name description levels { name } } }`,
    {
      collaborationScale: {
        name: 'Samhandlingstrappan',
        description: 'En referensram för processtödet',
        levels: [],
      },
    },
  ],
  [
    'the four effects of collaboration, in order',
    `{ collaborationFactors(category: EFFECT) { title } }`,
    {
      collaborationFactors: [
        'Resurseffekter',
        'Kompetens- och lärandeffekter',
        'Nätverkseffekter',
        'Vägledningseffekter',
      ].map((title) => ({ title })),
    },
  ],
  [
    'resource effects: organisations create together what none manages alone',
    `{ collaborationFactors(category: EFFECT) { title description } }`,
    {
      collaborationFactors: expect.arrayContaining([
        {
          title: 'Resurseffekter',
          description:
            'Ökade resurser och synergieffekter – flera organisationer kan utveckla/skapa något som de inte klarar var för sig',
        },
      ]),
    },
  ],
  [
    'four structural barriers, the last rules and legislation',
    `{ collaborationFactors(category: STRUCTURAL_BARRIER) { title } }`,
    { collaborationFactors: ofLength(4) },
  ],
  [
    'seven enablers, first committed leadership',
    `{ collaborationFactors(category: ENABLER) { title } }`,
    {
      collaborationFactors: matching(
        'seven, first "Engagerat ledarskap"',
        (f: { title: string }[]) => f.length === 7 && f[0].title === 'Engagerat ledarskap',
      ),
    },
  ],
  [
    "eight challenges, last lack of knowledge of each other's roles",
    `{ collaborationFactors(category: CHALLENGE) { title } }`,
    {
      collaborationFactors: matching(
        'eight, the last on knowledge',
        (f: { title: string }[]) =>
          f.length === 8 &&
          f[7].title === 'Brist på kunskap om varandras verksamheter, roller och uppdrag',
      ),
    },
  ],
  [
    '"Regler och lagstiftning" is a structural barrier',
    `{ collaborationFactors(category: STRUCTURAL_BARRIER) { title } }`,
    { collaborationFactors: expect.arrayContaining([{ title: 'Regler och lagstiftning' }]) },
  ],
  // The webinars of spring 2019
  [
    'five webinars in spring 2019, from 22 January to 11 April, each 11.00-12.00',
    `{ forum(slug: "webinarier-under-varen-2019") { meetings { seriesPosition startsAtLocal format } } }`,
    {
      forum: {
        meetings: [
          { seriesPosition: 1, startsAtLocal: '2019-01-22 11:00', format: 'ONLINE' },
          { seriesPosition: 2, startsAtLocal: '2019-02-06 11:00', format: 'ONLINE' },
          { seriesPosition: 3, startsAtLocal: '2019-03-12 11:00', format: 'ONLINE' },
          { seriesPosition: 4, startsAtLocal: '2019-03-29 11:00', format: 'ONLINE' },
          { seriesPosition: 5, startsAtLocal: '2019-04-11 11:00', format: 'ONLINE' },
        ],
      },
    },
  ],
  [
    'the first webinar: the RSP as part of the RUS',
    `{ forum(slug: "webinarier-under-varen-2019") { meetings(to: "2019-02-01T00:00:00Z") { title } } }`,
    {
      forum: {
        meetings: [
          { title: 'Arbetet med RSP som del av RUS och det regionala utvecklingsarbetet' },
        ],
      },
    },
  ],
  [
    'the webinar of 6 February is about developing actor collaboration at local level',
    `{ forum(slug: "webinarier-under-varen-2019") { meetings(from: "2019-02-06T00:00:00Z", to: "2019-02-07T00:00:00Z") { title startsAt endsAt } } }`,
    {
      forum: {
        meetings: [
          {
            title: 'Utveckling av aktörssamverkan på lokal nivå',
            startsAt: '2019-02-06T10:00:00.000Z',
            endsAt: '2019-02-06T11:00:00.000Z',
          },
        ],
      },
    },
  ],
  [
    "the third webinar's theme, as the closing slide words it",
    `{ forum(slug: "webinarier-under-varen-2019") { meetings(from: "2019-03-12T00:00:00Z", to: "2019-03-13T00:00:00Z") { title theme } } }`,
    {
      forum: {
        meetings: [
          {
            title: 'Utveckling av samarbetet mellan region och lst. i arbetet med RSP',
            theme: 'Utveckling av samarbetet med mellan region och länsstyrelse i arbetet med RSP',
          },
        ],
      },
    },
  ],
  [
    'the fifth webinar is on learning, goals and indicators, in summer time',
    `{ forum(slug: "webinarier-under-varen-2019") { meetings(from: "2019-04-01T00:00:00Z") { title startsAt } } }`,
    {
      forum: {
        meetings: [
          {
            title:
              'Utveckla ett lärande arbetssätt och mål och indikatorer för genomförandet av RSP',
            startsAt: '2019-04-11T09:00:00.000Z',
          },
        ],
      },
    },
  ],
  [
    'the agenda of 6 February has seven items in order',
    `{ forum(slug: "webinarier-under-varen-2019") { meetings(from: "2019-02-06T00:00:00Z", to: "2019-02-07T00:00:00Z") { agenda { title } } } }`,
    {
      forum: {
        meetings: [
          {
            agenda: [
              'Inledning',
              'Introduktion till processtödet',
              'Exempel 1: Västra Götaland – Hållbara platser – samverkan för regional serviceutveckling',
              'Exempel 2: Västerbotten – Samverkan i fokus',
              'Reflektioner och kommentarer',
              'Frågor och avslutande diskussion',
              'Avslutning',
            ].map((title) => ({ title })),
          },
        ],
      },
    },
  ],
  [
    'its speakers, with their titles and organisations at the time',
    `{ forum(slug: "webinarier-under-varen-2019") { meetings(from: "2019-02-06T00:00:00Z", to: "2019-02-07T00:00:00Z") { agenda { presenters { person { name } actor { slug } title } } } } }`,
    {
      forum: {
        meetings: [
          {
            agenda: [
              {
                presenters: [
                  {
                    person: { name: 'Liv Edström' },
                    actor: { slug: 'tillvaxtverket' },
                    title: 'utredare',
                  },
                ],
              },
              {
                presenters: [
                  {
                    person: { name: 'Peter Kempinsky' },
                    actor: { slug: 'kontigo' },
                    title: 'senior advisor',
                  },
                ],
              },
              {
                presenters: [
                  {
                    person: { name: 'Björn Ohlén' },
                    actor: { slug: 'vastra-gotalandsregionen' },
                    title: 'projektledare',
                  },
                ],
              },
              {
                presenters: [
                  {
                    person: { name: 'Stina Fernerud' },
                    actor: { slug: 'lansstyrelsen-vasterbotten' },
                    title: 'projektledare, landsbygdsutveckling',
                  },
                ],
              },
              {
                presenters: [
                  {
                    person: { name: 'Liv Edström' },
                    actor: { slug: 'tillvaxtverket' },
                    title: 'utredare',
                  },
                ],
              },
              { presenters: [] },
              { presenters: [] },
            ],
          },
        ],
      },
    },
  ],
  // The review of Länspartnerskapet
  [
    'the review was commissioned by the regional development committee',
    `{ forum(slug: "lanspartnerskapet") { reviews { title commissionedBy { slug } } } }`,
    {
      forum: {
        reviews: [
          {
            title: 'Översyn Länspartnerskapet',
            commissionedBy: { slug: 'regionala-utvecklingsnamnden' },
          },
        ],
      },
    },
  ],
  [
    'it was made because of the law on regional development responsibility and a new EU programme period',
    `{ forum(slug: "lanspartnerskapet") { reviews { background } } }`,
    {
      forum: {
        reviews: [
          {
            background: matching(
              'the law and the EU period',
              (b: string) =>
                b.includes('lagen om regionalt utvecklingsansvar') &&
                b.includes('ny programperiod för EU:s strukturfonder'),
            ),
          },
        ],
      },
    },
  ],
  [
    'its method was about 30 interviews',
    `{ forum(slug: "lanspartnerskapet") { reviews { method } } }`,
    {
      forum: { reviews: [{ method: expect.stringMatching(/^Ett 30-tal intervjuer genomfördes/) }] },
    },
  ],
  [
    'its goal is an effective and sustainable forum',
    `{ forum(slug: "lanspartnerskapet") { reviews { goal } } }`,
    {
      forum: {
        reviews: [
          {
            goal: expect.stringMatching(/^Målet är att etablera ett effektivt och hållbart forum/),
          },
        ],
      },
    },
  ],
  [
    'it found four things, in order',
    `{ forum(slug: "lanspartnerskapet") { reviews { findings { title category } } } }`,
    {
      forum: {
        reviews: [
          {
            findings: [
              'Otydligt syfte',
              'Otydlig struktur',
              'Otydligt ledarskap',
              'För detaljerade projektgenomgångar',
            ].map((title) => ({ title, category: 'Resultat' })),
          },
        ],
      },
    },
  ],
  [
    'the unclear structure finding has three points, the third on links to the municipalities',
    `{ forum(slug: "lanspartnerskapet") { reviews { findings { points } } } }`,
    {
      forum: {
        reviews: [
          {
            findings: expect.arrayContaining([
              {
                points: matching(
                  'three points',
                  (p: string[]) =>
                    p.length === 3 && p[2].includes('kopplingen till länets kommuner'),
                ),
              },
            ]),
          },
        ],
      },
    },
  ],
  [
    'leadership: the actors want the forum led by elected representatives',
    `{ forum(slug: "lanspartnerskapet") { reviews { findings { title text } } } }`,
    {
      forum: {
        reviews: [
          {
            findings: expect.arrayContaining([
              {
                title: 'Otydligt ledarskap',
                text: expect.stringContaining('styrt och lett av folkvalda'),
              },
            ]),
          },
        ],
      },
    },
  ],
  [
    'four shifts "from → to", in order',
    `{ forum(slug: "lanspartnerskapet") { reviews { shifts { from to } } } }`,
    {
      forum: {
        reviews: [
          {
            shifts: [
              { from: 'detaljfokus', to: 'helhet och strategi' },
              { from: 'projektfokus', to: 'övergripande Regional utveckling' },
              {
                from: 'att ledas av tjänstepersonorganisation',
                to: 'att ledas av förtroendevalda',
              },
              { from: 'informationsspridning', to: 'mer dialog och riktig samverkan' },
            ],
          },
        ],
      },
    },
  ],
  [
    'the forum keeps shaping four themes',
    `{ forum(slug: "lanspartnerskapet") { reviews { themes } } }`,
    {
      forum: {
        reviews: [
          { themes: ['Förväntningar', 'Deltagarnas roller', 'Utmaningar', 'Önskade teman'] },
        ],
      },
    },
  ],
  [
    'eight decisions, the new purpose first and the presidium last',
    `{ forum(slug: "lanspartnerskapet") { reviews { decisions { text subject { ... on Forum { slug } } } } } }`,
    {
      forum: {
        reviews: [
          {
            decisions: matching(
              'eight, purpose first, presidium last',
              (d: { text: string; subject: { slug: string } }[]) =>
                d.length === 8 &&
                d[0].text === 'Ett nytt gemensamt syfte med Länspartnerskapet' &&
                d[7].subject.slug === 'presidium-for-lanspartnerskapet',
            ),
          },
        ],
      },
    },
  ],
  [
    'the five changes came out of "the meeting in December" (no year): each cites that sentence, no meeting is dated',
    `{ forum(slug: "lanspartnerskapet") { reviews { decisions { text meeting { id } sources { quote } } } } }`,
    {
      forum: {
        reviews: [
          {
            decisions: matching(
              'the second to the sixth cite the December meeting and link none',
              (d: { meeting: unknown; sources: { quote: string }[] }[]) =>
                d.every(
                  (decision, i) =>
                    decision.meeting === null &&
                    decision.sources.some(
                      (source) =>
                        source.quote ===
                        'Insikterna ledde till att göra en förändring från mötet i december',
                    ) === (i >= 1 && i <= 5),
                ),
            ),
          },
        ],
      },
    },
  ],
  [
    'five open questions, in order',
    `{ forum(slug: "lanspartnerskapet") { reviews { openQuestions { title } } } }`,
    {
      forum: {
        reviews: [
          {
            openQuestions: [
              'Beredningsfrågan',
              'Arbeta med tilliten och relationerna',
              'Kommunikationen till och från Länspartnerskapets aktörer',
              'Struktur',
              'Påverkansarbete',
            ].map((title) => ({ title })),
          },
        ],
      },
    },
  ],
  [
    'advocacy has five points to work on, followed up as open actions of the Region',
    `{ forum(slug: "lanspartnerskapet") { reviews { followUp { openQuestion { title } status actions { title status owner { slug } } } } } }`,
    {
      forum: {
        reviews: [
          {
            followUp: expect.arrayContaining([
              {
                openQuestion: { title: 'Påverkansarbete' },
                status: 'OPEN',
                actions: matching(
                  'five open actions of the Region',
                  (a: { title: string; status: string; owner: { slug: string } }[]) =>
                    a.length === 5 &&
                    a.every(
                      (x) => x.status === 'OPEN' && x.owner.slug === 'region-jamtland-harjedalen',
                    ) &&
                    a.some((x) => x.title === 'Skapa hängrännor'),
                ),
              },
            ]),
          },
        ],
      },
    },
  ],
  [
    'the preparation question has no follow-up action yet',
    `{ forum(slug: "lanspartnerskapet") { reviews { followUp { openQuestion { title } status } } } }`,
    {
      forum: {
        reviews: [
          {
            followUp: expect.arrayContaining([
              { openQuestion: { title: 'Beredningsfrågan' }, status: 'NO_ACTION' },
            ]),
          },
        ],
      },
    },
  ],
  [
    'the contact persons are Maria Kumpula and Jonas Andersson',
    `{ forum(slug: "lanspartnerskapet") { reviews { contacts { person { name } role } } } }`,
    {
      forum: {
        reviews: [
          {
            contacts: [
              { person: { name: 'Maria Kumpula' }, role: 'Ansvarig tjänsteperson' },
              { person: { name: 'Jonas Andersson' }, role: 'Regionråd' },
            ],
          },
        ],
      },
    },
  ],
];

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi({ seed: true });
});
afterAll(() => api.stop());

describe('facts of the source documents, asked of the API', () => {
  it('states enough facts to judge the seed by', () => {
    expect(FACTS.length).toBeGreaterThanOrEqual(60);
  });

  it.each(FACTS)('%s', async (_fact, query, expected) => {
    const { data, errors } = await api.graphql(query, undefined, 'viewer');
    expect(errors).toBeUndefined();
    expect(data).toMatchObject(expected);
  });
});
