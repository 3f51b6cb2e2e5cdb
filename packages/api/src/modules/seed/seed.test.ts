import { startTestApi, type TestApi } from '../../testing/test-api';
import { documentText, loadSeed } from './seed.loader';
import { SEED_SOURCES } from './data/foundation';

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi({ seed: true });
});
afterAll(() => api.stop());

/** Slides break lines mid-sentence: a quotation matches its document whitespace-insensitively. */
const normalise = (text: string) => text.replace(/\s+/g, ' ').trim();

const documents = new Map(
  Object.values(SEED_SOURCES).map((source) => [
    source.title,
    normalise(documentText(source.fileName)),
  ]),
);

/** The citation table of each kind of seeded record. */
const CITATION_TABLES: Record<string, [string, string]> = {
  actor: ['actor_citation', 'actor_id'],
  person: ['person_citation', 'person_id'],
  position: ['position_citation', 'position_id'],
  strategy: ['strategy_citation', 'strategy_id'],
  topic: ['topic_citation', 'topic_id'],
  forum: ['forum_citation', 'forum_id'],
  membership: ['forum_membership_citation', 'forum_membership_id'],
  responsibility: ['responsibility_citation', 'responsibility_id'],
  scale: ['collaboration_scale_citation', 'collaboration_scale_id'],
  factor: ['collaboration_factor_citation', 'collaboration_factor_id'],
  meeting: ['meeting_citation', 'meeting_id'],
  agenda: ['agenda_item_citation', 'agenda_item_id'],
  review: ['review_citation', 'review_id'],
  finding: ['review_finding_citation', 'review_finding_id'],
  shift: ['review_shift_citation', 'review_shift_id'],
  decision: ['decision_citation', 'decision_id'],
  'open-question': ['open_question_citation', 'open_question_id'],
  action: ['action_citation', 'action_id'],
};

/**
 * Not cited from the two documents: the documents themselves are the sources, and a source's
 * publisher and text are updates of a source.
 */
const NOT_CITED = new Set(['source', 'source-publisher', 'source-text']);

describe('the seed data set', () => {
  it('goes through the services: every seeded record is audited as "system"', async () => {
    const [row] = await api.sql(`SELECT
      (SELECT count(*) FROM seed_record)::int AS entries,
      (SELECT count(DISTINCT record_id) FROM audit_event
        WHERE actor_name = 'system' AND request_id = 'seed')::int AS audited`);
    expect(row.entries).toBeGreaterThan(80);
    // Each entry's record was created through a service; the two sources have two more entries
    // each (their publisher, their text), for the same record. Areas are reference data, not
    // the seed's: none is an entry.
    expect(row.audited).toBe(row.entries - 4);
    const [areas] = await api.sql(
      `SELECT count(*)::int AS n FROM seed_record WHERE record_type = 'area'`,
    );
    expect(areas.n).toBe(0);
  });

  it('is idempotent: a second run changes nothing', async () => {
    const snapshot = () =>
      api.sql(`SELECT (SELECT count(*) FROM audit_event)::int AS audit,
                      (SELECT count(*) FROM seed_record)::int AS entries,
                      (SELECT sum(version) FROM actor)::int AS versions`);
    const before = await snapshot();
    const report = await loadSeed(api.app.services);
    expect(report.created).toBe(0);
    expect(await snapshot()).toEqual(before);
  });

  it('cites, for every seeded record, a passage that stands verbatim in its document', async () => {
    const entries: { key: string; record_type: string; record_id: string }[] = await api.sql(
      'SELECT key, record_type, record_id FROM seed_record ORDER BY key',
    );
    const problems: string[] = [];
    for (const entry of entries) {
      if (NOT_CITED.has(entry.record_type)) continue;
      const table = CITATION_TABLES[entry.record_type];
      if (!table) {
        problems.push(`${entry.key}: no citation table known for ${entry.record_type}`);
        continue;
      }
      const citations: { quote: string | null; section: string | null; title: string }[] =
        await api.sql(
          `SELECT c.quote, c.section, s.title FROM ${table[0]} c JOIN source s ON s.id = c.source_id
         WHERE c.${table[1]} = $1`,
          [entry.record_id],
        );
      if (citations.length === 0) problems.push(`${entry.key}: no citation`);
      for (const citation of citations) {
        const text = documents.get(citation.title) ?? '';
        if (!citation.quote || !text.includes(normalise(citation.quote))) {
          problems.push(`${entry.key}: "${citation.quote}" is not in "${citation.title}"`);
        }
        if (!citation.section || !text.includes(normalise(citation.section).split(' – ')[0])) {
          problems.push(
            `${entry.key}: section "${citation.section}" is not a heading of "${citation.title}"`,
          );
        }
      }
    }
    expect(problems).toEqual([]);
  });
});
