import type { HomeAreas } from '../../core/auth/area-reach';

/*
 * Where each type of record belongs: its home areas, which decide who of the editors limited to
 * areas may write it (core/auth/area-reach.ts; the API README's "Access scoped to areas" explains
 * them). Each builder gives SQL selecting area ids for a record whose id is the SQL `id`.
 * A relation belongs where each of its ends belongs: an editor who reaches one end may write it.
 */

const union = (...parts: string[]) => parts.map((part) => `(${part})`).join(' UNION ALL ');
const column = (table: string, name: string) => `(SELECT ${name} FROM ${table} WHERE id = $1)`;

/** An actor: its areas. */
const actor = (id: string) => `SELECT area_id FROM actor_area WHERE actor_id = ${id}`;

/** A forum: its area; one recorded without an area, its convenor's areas. */
const forum = (id: string) =>
  `SELECT coalesce(f.area_id, convenor.area_id) FROM forum f
     LEFT JOIN actor_area convenor ON f.area_id IS NULL AND convenor.actor_id = f.convenor_id
    WHERE f.id = ${id}`;

/** A strategy: its area; one recorded without an area, its owner's areas. */
const strategy = (id: string) =>
  `SELECT coalesce(s.area_id, owner.area_id) FROM strategy s
     LEFT JOIN actor_area owner ON s.area_id IS NULL AND owner.actor_id = s.owner_id
    WHERE s.id = ${id}`;

const objective = (id: string) => strategy(`(SELECT strategy_id FROM objective WHERE id = ${id})`);
const indicator = (id: string) =>
  objective(`(SELECT objective_id FROM indicator WHERE id = ${id})`);
const meeting = (id: string) => forum(`(SELECT forum_id FROM meeting WHERE id = ${id})`);
const review = (id: string) =>
  union(
    forum(`(SELECT forum_id FROM review WHERE id = ${id})`),
    actor(`(SELECT commissioned_by_id FROM review WHERE id = ${id})`),
  );

/** A part of a review (a finding, an open question, a shift): its review's. */
const reviewPart = (table: string): HomeAreas => ({ sql: review(column(table, 'review_id')) });

/**
 * The home areas of every record type editors write. The types left out (topics, collaboration
 * scales, levels and factors, identifier schemes, areas) are shared reference data: an admin's.
 */
export const HOME_AREAS = {
  actor: { sql: actor('$1') },
  forum: { sql: forum('$1') },
  strategy: { sql: strategy('$1') },
  objective: { sql: objective('$1') },
  indicator: { sql: indicator('$1') },
  measurement: { sql: indicator(column('measurement', 'indicator_id')) },
  responsibility: {
    sql: union(
      actor(column('responsibility', 'actor_id')),
      strategy(column('responsibility', 'strategy_id')),
      objective(column('responsibility', 'objective_id')),
      forum(column('responsibility', 'forum_id')),
      `SELECT area_id FROM responsibility WHERE id = $1`,
    ),
  },
  forumMembership: {
    sql: union(
      forum(column('forum_membership', 'forum_id')),
      actor(column('forum_membership', 'member_actor_id')),
      forum(column('forum_membership', 'member_forum_id')),
    ),
  },
  /** A person: the areas of the actors they hold (or held) positions at; not yet any: open. */
  person: {
    sql: `SELECT a.area_id FROM position p JOIN actor_area a ON a.actor_id = p.actor_id
           WHERE p.person_id = $1`,
    openWhenHomeless: true,
  },
  position: { sql: actor(column('position', 'actor_id')) },
  meeting: { sql: meeting('$1') },
  agendaItem: { sql: meeting(column('agenda_item', 'meeting_id')) },
  decision: {
    sql: union(
      meeting(column('decision', 'meeting_id')),
      review(column('decision', 'review_id')),
      strategy(column('decision', 'strategy_id')),
      objective(column('decision', 'objective_id')),
      forum(column('decision', 'forum_id')),
    ),
  },
  action: {
    sql: union(actor(column('action', 'owner_id')), meeting(column('action', 'meeting_id'))),
  },
  review: { sql: review('$1') },
  reviewFinding: reviewPart('review_finding'),
  openQuestion: reviewPart('open_question'),
  reviewShift: reviewPart('review_shift'),
  collaborationAssessment: {
    sql: union(
      forum(column('collaboration_assessment', 'forum_id')),
      actor(column('collaboration_assessment', 'actor_a_id')),
      actor(column('collaboration_assessment', 'actor_b_id')),
    ),
  },
  /** A source: its publisher's areas; one without a publisher is an admin's. */
  source: { sql: actor(column('source', 'publisher_id')) },
} satisfies Record<string, HomeAreas>;
