import { wordFor, type Translation } from '../../i18n';

/**
 * The fields an import type's form words otherwise than the dictionary's word for the name, by
 * type (a position's `title` is "Befattning", an objective's "Rubrik"); the parts of a strategy
 * by the names of their lists.
 */
const LABELS: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  positions: { title: 'positionTitle' },
  objectives: { title: 'heading', parent: 'parentObjective', position: 'siblingOrder' },
};

/** The field that links a strategy's part to what it stands under, which its place says. */
const UNDER: Readonly<Record<string, string>> = {
  objectives: 'strategyId',
  indicators: 'objectiveId',
  measurements: 'indicatorId',
};

/**
 * A strategy's part as the API names its changed fields: `objectives.<code>.<field>`, with
 * `.indicators.<name>` and `.measurements.<day>` between for an indicator or a measurement of it
 * (a code may hold dots: "1.2").
 */
const PART =
  /^objectives\.(.+?)(?:\.indicators\.(.+?)(?:\.measurements\.(\d{4}-\d{2}-\d{2}))?)?\.(\w+)$/;

/**
 * A changed field of an import type's record in the forms' words: `parentId` as "Del av",
 * `areaIds` as "Områden" (the reference's name without its `Id`), a field the type's form labels
 * otherwise in that word, a strategy's part as where it is and its field ("Mål 1.2: Rubrik"),
 * else as the API names it; null for a part's link to what it stands under (not shown).
 */
export function fieldWord(type: string, field: string, { t, date }: Translation): string | null {
  const word = (list: string, name: string) => {
    const bare = name.replace(/Ids$/, 's').replace(/Id$/, '');
    return wordFor(t.editFields, LABELS[list]?.[bare] ?? bare) ?? name;
  };
  const part = type === 'strategies' ? PART.exec(field) : null;
  if (!part) return word(type, field);
  const [, code, indicator, day, name] = part;
  const where = [
    t.importObjective(code),
    indicator ? t.importIndicator(indicator) : null,
    day ? t.importMeasurement(date(day)) : null,
  ];
  const list = day ? 'measurements' : indicator ? 'indicators' : 'objectives';
  if (name === UNDER[list]) return null;
  return `${where.filter(Boolean).join(', ')}: ${word(list, name)}`;
}
