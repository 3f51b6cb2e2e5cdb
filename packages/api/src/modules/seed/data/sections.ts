/**
 * The headings of the two source documents, as written. A citation's `section` is the nearest
 * heading above the quoted passage.
 */
export const REPORT = {
  background: 'Bakgrund och syfte',
  goal: 'Mål',
  method: 'Genomförande',
  results: 'Resultat',
  unclearPurpose: 'Otydligt syfte',
  unclearStructure: 'Otydlig struktur',
  unclearLeadership: 'Otydligt ledarskap',
  detailedProjects: 'För detaljerade projektgenomgångar',
  decisions: 'Ställningstaganden och beslut utifrån resultatet',
  rusAndLearning: 'RUS och utbildande delar i det regionala utvecklingsansvaret',
  clearerLinks: 'Tydligare koppling till kommunerna och till Länsstyrelsen',
  members: 'Deltagande organisationer i Länspartnerskapet är följande aktörer',
  future: 'Framtid för Länspartnerskapet',
  preparation: 'Beredningsfrågan',
  trust: 'Arbeta med tilliten och relationerna',
  communication: 'Kommunikationen till och från Länspartnerskapets aktörer',
  structure: 'Struktur',
  advocacy: 'Påverkansarbete',
  contacts: 'Kontaktpersoner inom Region Jämtland Härjedalen för Länspartnerskapet',
} as const;

export const WEBINAR = {
  title: 'Utveckling av aktörssamverkan på lokal nivå',
  series: '5 webinarier under våren 2019',
  agenda: 'Webinarium1: Utveckling av aktörssamverkan på lokal nivå',
  introduction: 'Introduktion till webinariet',
  staircase: 'Samhandlingstrappan – en referensram för processtödet',
  factors: 'Faktorer av betydelse för framgångsrik samverkan',
  closing: 'Avslutning',
} as const;

/** A member-list subheading under the report's member list. */
export const memberGroup = (group: string) => `${REPORT.members} – ${group}`;
