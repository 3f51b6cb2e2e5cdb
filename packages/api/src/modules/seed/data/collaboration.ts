import type { CollaborationFactorCategory } from '../../collaboration';
import type { SeedCitation } from '../seed-context';
import { WEBINAR } from './sections';

/**
 * Samhandlingstrappan and the factors of successful collaboration from the webinar. The slides
 * list the factors twice: once all four kinds together, then each kind on a slide of its own,
 * with small differences of wording ("engagerande"/"engagerade", "som hot"/"som ett hot",
 * "aktörerna styrs"/"aktörernas styrs", "samverka"/"samarbeta"). The first, complete slide is
 * the one taken, and cited (see the seed README).
 */
export interface SeedScale {
  slug: string;
  name: string;
  description: string;
  sources: SeedCitation[];
}

export interface SeedFactor {
  category: CollaborationFactorCategory;
  title: string;
  description?: string;
  quote: string;
}

export const SEED_SCALES: SeedScale[] = [
  {
    slug: 'samhandlingstrappan',
    name: 'Samhandlingstrappan',
    description: 'En referensram för processtödet',
    sources: [{ source: 'webinar', section: WEBINAR.staircase, quote: WEBINAR.staircase }],
  },
];

/** An effect: "**Title:** description" on the slide. */
const effect = (title: string, description: string): SeedFactor => ({
  category: 'EFFECT',
  title,
  description,
  quote: `**${title}:** ${description}`,
});
const item =
  (category: CollaborationFactorCategory) =>
  (title: string): SeedFactor => ({ category, title, quote: title });
const barrier = item('STRUCTURAL_BARRIER');
const enabler = item('ENABLER');
const challenge = item('CHALLENGE');

export const SEED_FACTORS: SeedFactor[] = [
  effect(
    'Resurseffekter',
    'Ökade resurser och synergieffekter – flera organisationer kan utveckla/skapa något som de inte klarar var för sig',
  ),
  effect(
    'Kompetens- och lärandeffekter',
    'kunskap om varandras verksamheter, roller, uppdrag, sakfrågor, lärande från varandra etc.',
  ),
  effect(
    'Nätverkseffekter',
    'uppbyggnad av nätverk och relationer, ökad tillit och förtroende, samhörighetskänsla',
  ),
  effect(
    'Vägledningseffekter',
    'ökat fokus på servicefrågorna hos aktörerna, stärkt legitimitet för olika aktörer som ingår i samverkan och för samverkansprocessen i sig',
  ),
  barrier('Formerna för hur de samverkande aktörerna styrs och hur deras verksamheter följs upp'),
  barrier('Skillnader och olika intressen/uppdrag mellan de medverkande aktörerna'),
  barrier(
    'Starkare incitament för individen i en organisation att arbeta i enlighet med styrsignaler internt, än att samverka med andra för att skapa största möjliga nytta för målgruppen',
  ),
  barrier('Regler och lagstiftning'),
  enabler('Engagerat ledarskap'),
  enabler('Förändringsledare och "eldsjälar"'),
  enabler('Tydliga och engagerande syften och mål för samverkan'),
  enabler('Särskilt avsatta resurser för det specifika projektet/arbetet'),
  enabler('Tydliga former och ramar för samverkan'),
  enabler('Rätt/relevanta aktörer och individer ingår i samverkansprocessen'),
  enabler('Identifiering och synliggörande av utmaningar och hinder för samverkan'),
  challenge('Minskat oberoende för aktörerna'),
  challenge('Osäker "investering" av tid och resurser'),
  challenge('Aktörer med olika organisationskultur kan ha svårt att samverka'),
  challenge('Förändringar kan upplevas som hot'),
  challenge('Fler intressenter i en process ger ökad komplexitet'),
  challenge('Svårigheter att styra, övervaka och utvärdera'),
  challenge('Kommunikationssvårigheter'),
  challenge('Brist på kunskap om varandras verksamheter, roller och uppdrag'),
];

/** The subheading each kind stands under on the complete slide. */
export const FACTOR_HEADINGS: Record<CollaborationFactorCategory, string> = {
  EFFECT: 'Effekter/vinster',
  STRUCTURAL_BARRIER: 'Strukturella hinder',
  ENABLER: 'Möjliggörare',
  CHALLENGE: 'Utmaningar',
};
