import { fromGlobalId } from '../../core/relay/global-id';
import fc from 'fast-check';
import { startTestApi, type TestApi } from '../../testing/test-api';

/**
 * Model-based: random sequences of creating, correcting, ending and retracting memberships, of
 * moving their actors under another organisation from a day (a field in valid time), and of
 * archiving and restoring the actors, from two callers, run against the API and against a plain
 * in-memory model of the rules. After each step the API must have accepted exactly what the
 * model accepts; at the end, the forum's members and each actor's parent on every day (`asOf`),
 * and both and the map as the register said them after each step (`knownAt`), must be the
 * model's, no two periods of one membership key may overlap, and the audit log must hold one
 * event per change of a membership or an actor, in order, each with the caller who made it.
 */

type Key = 'A' | 'B' | 'C';
const KEYS: Key[] = ['A', 'B', 'C'];
const ROLES = ['MEMBER', 'OBSERVER'] as const;
const DAYS = ['2020-01-01', '2021-01-01', '2022-01-01', '2023-01-01', '2024-01-01'];
const CALLERS = ['editor', 'admin'] as const;
/** Days to look at: each day a change may begin, and one before and after them all. */
const LOOKS = ['2019-06-01', ...DAYS, '2025-06-01'];
/** The organisations an actor may be moved under (never moved themselves: no cycles). */
type Parent = 'P' | 'Q';
const PARENTS: Parent[] = ['P', 'Q'];
/** An actor's parent on each day of LOOKS: the whole of a field in valid time, day by day. */
type Parents = Record<Key, Record<string, Parent | null>>;

interface Membership {
  id: string;
  member: Key;
  role: (typeof ROLES)[number];
  validFrom: string | null;
  validTo: string | null;
  version: number;
  retracted: boolean;
  /** The audit events it should have, in order: each operation and who made it. */
  operations: string[];
  /**
   * Ended by its actor's archive on `day`, with the end it had before: restored when the archive
   * is undone if it still ends on that day.
   */
  endedByArchive: { day: string; validTo: string | null } | null;
}

interface Model {
  memberships: Membership[];
  /** Each actor, with the audit events it should have (as `Membership.operations`). */
  actors: Record<Key, { archived: boolean; version: number; operations: string[] }>;
  parents: Parents;
}

interface Real {
  api: TestApi;
  forum: string;
  actors: Record<Key, string>;
  parents: Record<Parent, string>;
  /** After each step: when it was, and the model's memberships and parents then. */
  moments: { at: string; memberships: Membership[]; parents: Parents }[];
}

const live = (model: Model) => model.memberships.filter((m) => !m.retracted);
const before = (a: string | null, b: string | null) => a === null || b === null || a < b;
const overlap = (p: Period, q: Period) =>
  before(p.validFrom, q.validTo) && before(q.validFrom, p.validTo);
const holdsOn = (p: Period, day: string) =>
  (p.validFrom === null || p.validFrom <= day) && (p.validTo === null || day < p.validTo);
type Period = { validFrom: string | null; validTo: string | null };
const validPeriod = (p: Period) =>
  p.validFrom === null || p.validTo === null || p.validTo > p.validFrom;

/** Whether a period for `member` in `role` may be recorded beside the live ones (but `except`). */
const fits = (model: Model, member: Key, role: string, period: Period, except?: Membership) =>
  validPeriod(period) &&
  !live(model).some(
    (m) => m !== except && m.member === member && m.role === role && overlap(m, period),
  );

async function mutate(real: Real, step: number, field: string, input: object, selection: string) {
  const payload = await real.api.mutate(
    field,
    input as Record<string, unknown>,
    selection,
    CALLERS[step % 2],
  );
  real.moments.push({ at: new Date().toISOString(), memberships: [], parents: {} as Parents });
  // The next step's audit events come a millisecond or more after this moment.
  await new Promise((resolve) => setTimeout(resolve, 2));
  return payload;
}

/** Records the model as it now is, as the moment the last step ended. */
function remember(model: Model, real: Real) {
  const moment = real.moments[real.moments.length - 1];
  moment.memberships = structuredClone(live(model));
  moment.parents = structuredClone(model.parents);
}

abstract class Step implements fc.AsyncCommand<Model, Real> {
  constructor(protected readonly step: number) {}
  check(_model: Readonly<Model>): boolean {
    return true;
  }
  abstract run(model: Model, real: Real): Promise<void>;
  abstract toString(): string;

  /** An audit event of this step, as the log records it: the operation and its caller's token. */
  protected event(operation: string) {
    return `${operation} by test ${CALLERS[this.step % 2]}`;
  }

  /**
   * Runs the step's mutation as its caller, checks that the API accepted it exactly when the
   * model does (`accepted`, judged before), applies it to the model then, remembers the moment.
   */
  protected async attempt(
    model: Model,
    real: Real,
    [field, input, selection]: [string, object, string],
    accepted: boolean,
    apply: (payload: Record<string, any>) => void,
  ) {
    const payload = await mutate(real, this.step, field, input, selection);
    expect([this.toString(), payload.userErrors.length === 0]).toEqual([this.toString(), accepted]);
    if (accepted) apply(payload);
    remember(model, real);
  }
}

class Create extends Step {
  constructor(
    step: number,
    private readonly member: Key,
    private readonly role: (typeof ROLES)[number],
    private readonly period: Period,
  ) {
    super(step);
  }
  async run(model: Model, real: Real) {
    const accepted = fits(model, this.member, this.role, this.period);
    await this.attempt(
      model,
      real,
      [
        'forumMembershipCreate',
        { forum: real.forum, member: real.actors[this.member], role: this.role, ...this.period },
        'forumMembership { id version }',
      ],
      accepted,
      (payload) => {
        model.memberships.push({
          ...payload.forumMembership,
          member: this.member,
          role: this.role,
          ...this.period,
          retracted: false,
          operations: [this.event('CREATE')],
          endedByArchive: null,
        });
      },
    );
  }
  toString() {
    return `create ${this.member} ${this.role} ${JSON.stringify(this.period)}`;
  }
}

/** A step on one of the live memberships, picked by `pick`. */
abstract class OnMembership extends Step {
  constructor(
    step: number,
    protected readonly pick: number,
  ) {
    super(step);
  }
  override check(model: Readonly<Model>) {
    return live(model as Model).length > 0;
  }
  protected target(model: Model) {
    const memberships = live(model);
    return memberships[this.pick % memberships.length];
  }
}

class Correct extends OnMembership {
  constructor(
    step: number,
    pick: number,
    private readonly period: Period,
  ) {
    super(step, pick);
  }
  async run(model: Model, real: Real) {
    const m = this.target(model);
    const accepted = fits(model, m.member, m.role, this.period, m);
    await this.attempt(
      model,
      real,
      [
        'forumMembershipUpdate',
        { id: m.id, version: m.version, ...this.period },
        'forumMembership { version }',
      ],
      accepted,
      () => {
        Object.assign(m, this.period, { version: m.version + 1 });
        m.operations.push(this.event('UPDATE'));
      },
    );
  }
  toString() {
    return `correct #${this.pick} to ${JSON.stringify(this.period)}`;
  }
}

class End extends OnMembership {
  constructor(
    step: number,
    pick: number,
    private readonly day: string,
  ) {
    super(step, pick);
  }
  async run(model: Model, real: Real) {
    const m = this.target(model);
    const accepted =
      !(m.validTo !== null && this.day >= m.validTo) &&
      !(m.validFrom !== null && this.day <= m.validFrom);
    await this.attempt(
      model,
      real,
      [
        'forumMembershipEnd',
        { id: m.id, version: m.version, validTo: this.day },
        'forumMembership { version }',
      ],
      accepted,
      () => {
        Object.assign(m, { validTo: this.day, version: m.version + 1 });
        m.operations.push(this.event('END'));
      },
    );
  }
  toString() {
    return `end #${this.pick} on ${this.day}`;
  }
}

class Retract extends OnMembership {
  async run(model: Model, real: Real) {
    const m = this.target(model);
    const mutation: [string, object, string] = [
      'forumMembershipRetract',
      { id: m.id, version: m.version, reason: 'Registrerat av misstag' },
      'retractedId',
    ];
    await this.attempt(model, real, mutation, true, () => {
      m.retracted = true;
      m.operations.push(this.event('RETRACT'));
    });
  }
  toString() {
    return `retract #${this.pick}`;
  }
}

/** Moves an actor under P, Q or nothing from a day: what held before that day stays. */
class Reparent extends Step {
  constructor(
    step: number,
    private readonly actor: Key,
    private readonly parent: Parent | null,
    private readonly from: string,
  ) {
    super(step);
  }
  async run(model: Model, real: Real) {
    const actor = model.actors[this.actor];
    const input = {
      id: real.actors[this.actor],
      version: actor.version,
      parent: this.parent ? real.parents[this.parent] : null,
      changesFrom: this.from,
    };
    await this.attempt(
      model,
      real,
      ['actorUpdate', input, 'actor { version }'],
      !actor.archived,
      () => {
        actor.version += 1;
        actor.operations.push(this.event('UPDATE'));
        for (const day of LOOKS) {
          if (day >= this.from) model.parents[this.actor][day] = this.parent;
        }
      },
    );
  }
  toString() {
    return `move ${this.actor} under ${this.parent} from ${this.from}`;
  }
}

class Archive extends Step {
  constructor(
    step: number,
    private readonly actor: Key,
    private readonly day: string,
  ) {
    super(step);
  }
  async run(model: Model, real: Real) {
    const actor = model.actors[this.actor];
    const open = live(model).filter(
      (m) => m.member === this.actor && (m.validTo === null || m.validTo > this.day),
    );
    const accepted =
      !actor.archived && !open.some((m) => m.validFrom !== null && m.validFrom >= this.day);
    const mutation: [string, object, string] = [
      'actorArchive',
      { id: real.actors[this.actor], version: actor.version, archivedOn: this.day },
      'actor { version }',
    ];
    await this.attempt(model, real, mutation, accepted, () => {
      Object.assign(actor, { archived: true, version: actor.version + 1 });
      actor.operations.push(this.event('ARCHIVE'));
      for (const m of open) {
        Object.assign(m, {
          endedByArchive: { day: this.day, validTo: m.validTo },
          validTo: this.day,
          version: m.version + 1,
        });
        m.operations.push(this.event('END'));
      }
    });
  }
  toString() {
    return `archive ${this.actor} on ${this.day}`;
  }
}

class Restore extends Step {
  constructor(
    step: number,
    private readonly actor: Key,
  ) {
    super(step);
  }
  async run(model: Model, real: Real) {
    const actor = model.actors[this.actor];
    // What the archive ended and nobody has moved the end of since.
    const ended = live(model).filter(
      (m) => m.member === this.actor && m.endedByArchive && m.validTo === m.endedByArchive.day,
    );
    const restored = ended.map((m) => ({ ...m, validTo: m.endedByArchive!.validTo }));
    const accepted =
      actor.archived &&
      restored.every((r) =>
        fits(
          model,
          r.member,
          r.role,
          r,
          ended.find((m) => m.id === r.id),
        ),
      );
    await this.attempt(
      model,
      real,
      [
        'actorRestore',
        { id: real.actors[this.actor], version: actor.version },
        'actor { version }',
      ],
      accepted,
      () => {
        Object.assign(actor, { archived: false, version: actor.version + 1 });
        actor.operations.push(this.event('RESTORE'));
        for (const m of ended) {
          Object.assign(m, { validTo: m.endedByArchive!.validTo, version: m.version + 1 });
          m.operations.push(this.event('RESTORE'));
        }
        // Undone, the archive's remembered ends are forgotten.
        for (const m of model.memberships) if (m.member === this.actor) m.endedByArchive = null;
      },
    );
  }
  toString() {
    return `restore ${this.actor}`;
  }
}

const day = fc.constantFrom(...DAYS);
const period = fc.record({
  validFrom: fc.option(day, { nil: null }),
  validTo: fc.option(day, { nil: null }),
});
const steps = fc
  .array(
    fc.oneof(
      {
        weight: 4,
        arbitrary: fc
          .tuple(fc.constantFrom(...KEYS), fc.constantFrom(...ROLES), period)
          .map((a) => ['create', ...a] as const),
      },
      { weight: 2, arbitrary: fc.tuple(fc.nat(), period).map((a) => ['correct', ...a] as const) },
      { weight: 2, arbitrary: fc.tuple(fc.nat(), day).map((a) => ['end', ...a] as const) },
      { weight: 1, arbitrary: fc.nat().map((pick) => ['retract', pick] as const) },
      {
        weight: 1,
        arbitrary: fc.tuple(fc.constantFrom(...KEYS), day).map((a) => ['archive', ...a] as const),
      },
      { weight: 1, arbitrary: fc.constantFrom(...KEYS).map((key) => ['restore', key] as const) },
      {
        weight: 2,
        arbitrary: fc
          .tuple(fc.constantFrom(...KEYS), fc.constantFrom<Parent | null>(...PARENTS, null), day)
          .map((a) => ['move', ...a] as const),
      },
    ),
    { minLength: 1, maxLength: 14 },
  )
  .map((drawn) =>
    drawn.map((step, index): Step => {
      switch (step[0]) {
        case 'create':
          return new Create(index, step[1], step[2], step[3]);
        case 'correct':
          return new Correct(index, step[1], step[2]);
        case 'end':
          return new End(index, step[1], step[2]);
        case 'retract':
          return new Retract(index, step[1]);
        case 'archive':
          return new Archive(index, step[1], step[2]);
        case 'move':
          return new Reparent(index, step[1], step[2], step[3]);
        default:
          return new Restore(index, step[1]);
      }
    }),
  );

let api: TestApi;
let run = 0;
beforeAll(async () => {
  api = await startTestApi({ seed: 'foundation' });
});
afterAll(() => api.stop());

/** A fresh forum and three fresh actors for one run, so runs never meet. */
async function setup(): Promise<{ model: Model; real: Real }> {
  run += 1;
  // In Sweden, so that the tests' editor, one of the callers, may write them all.
  const forum = await api.create('forumCreate', {
    name: `Modellforum ${run}`,
    kind: 'NETWORK',
    area: api.sweden,
  });
  const actors = {} as Record<Key, string>;
  const parents = {} as Record<Parent, string>;
  for (const key of PARENTS) {
    parents[key] = (
      await api.create('actorCreate', {
        name: `Modellägare ${run}${key}`,
        sector: 'PUBLIC',
        level: 'REGIONAL',
        type: 'REGION',
        areas: [api.sweden],
      })
    ).id;
  }
  for (const key of KEYS) {
    actors[key] = (
      await api.create('actorCreate', {
        name: `Modellaktör ${run}${key}`,
        sector: 'BUSINESS',
        level: 'LOCAL',
        type: 'COMPANY',
        areas: [api.sweden],
      })
    ).id;
  }
  return {
    model: {
      memberships: [],
      // Set up by the admin.
      actors: Object.fromEntries(
        KEYS.map((key) => [
          key,
          { archived: false, version: 1, operations: ['CREATE by test admin'] },
        ]),
      ) as Model['actors'],
      parents: Object.fromEntries(
        KEYS.map((key) => [key, Object.fromEntries(LOOKS.map((look) => [look, null]))]),
      ) as Parents,
    },
    real: { api, forum: forum.id, actors, parents, moments: [] },
  };
}

const memberKey = (real: Real, actorId: string) =>
  KEYS.find((key) => real.actors[key] === actorId)!;
const rows = (memberships: { id: string }[]) => memberships.map((m) => m.id).sort();

/** Each actor's parent on `asOf`, as the register said it at `knownAt` (null: now). */
async function parentsOn(real: Real, asOf: string, knownAt: string | null) {
  const { data, errors } = await api.graphql(
    `query ($ids: [ID!]!, $asOf: LocalDate, $knownAt: DateTimeISO) { nodes(ids: $ids) {
      ... on Actor { parent(asOf: $asOf, knownAt: $knownAt) { id } } } }`,
    { ids: KEYS.map((key) => real.actors[key]), asOf, knownAt },
  );
  expect(errors).toBeUndefined();
  const parentKey = (id: string) => PARENTS.find((key) => real.parents[key] === id)!;
  return KEYS.map((key, index) => {
    const parent = data!.nodes[index].parent as { id: string } | null;
    return `${key}: ${parent ? parentKey(parent.id) : null}`;
  });
}

/** The model's parents on `asOf`: as on the last day of LOOKS up to it (changes begin on those). */
const parentsIn = (parents: Parents, asOf: string) => {
  const look = LOOKS.filter((day) => day <= asOf).at(-1)!;
  return KEYS.map((key) => `${key}: ${parents[key][look]}`);
};

async function checkAgainst(model: Model, real: Real) {
  // Every day, as the register says now.
  for (const asOf of [...DAYS, '2019-06-01', '2025-06-01']) {
    const { data } = await api.graphql(
      `query ($id: ID!, $asOf: LocalDate) { node(id: $id) { ... on Forum { members(asOf: $asOf) { id } } } }`,
      { id: real.forum, asOf },
    );
    expect([asOf, rows(data!.node.members)]).toEqual([
      asOf,
      rows(live(model).filter((m) => holdsOn(m, asOf))),
    ]);
  }
  // Each actor's parent on every day, as the register says now.
  for (const asOf of LOOKS) {
    expect([asOf, await parentsOn(real, asOf, null)]).toEqual([
      asOf,
      parentsIn(model.parents, asOf),
    ]);
  }
  // Every moment a step ended, as the register said it then, on two days: the forum's members,
  // the map and the actors' parents.
  for (const moment of real.moments) {
    for (const asOf of ['2021-06-01', '2023-06-01']) {
      const { data } = await api.graphql(
        `query ($forum: ID!, $asOf: LocalDate, $knownAt: DateTimeISO) {
          forum: node(id: $forum) { ... on Forum { members(asOf: $asOf, knownAt: $knownAt) { id } } }
          whoDoesWhat(filter: { forum: $forum, depth: 1, asOf: $asOf, knownAt: $knownAt }) { edges { kind record source } }
        }`,
        { forum: real.forum, asOf, knownAt: moment.at },
      );
      const edges = data!.whoDoesWhat.edges.filter(
        (edge: { kind: string; source: string }) =>
          edge.kind === 'MEMBERSHIP' && memberKey(real, edge.source),
      );
      const expected = rows(moment.memberships.filter((m) => holdsOn(m, asOf)));
      expect([moment.at, asOf, rows(data!.forum.members)]).toEqual([moment.at, asOf, expected]);
      expect([
        moment.at,
        asOf,
        rows(edges.map((edge: { record: string }) => ({ id: edge.record }))),
      ]).toEqual([moment.at, asOf, expected]);
      expect([moment.at, asOf, await parentsOn(real, asOf, moment.at)]).toEqual([
        moment.at,
        asOf,
        parentsIn(moment.parents, asOf),
      ]);
    }
  }
  // No two periods of one key overlap; the audit log holds each change, in order.
  const [overlaps] = await api.sql(
    `SELECT count(*)::int AS n FROM forum_membership a JOIN forum_membership b
       ON a.id < b.id AND a.forum_id = b.forum_id AND a.member_id = b.member_id AND a.role = b.role
      AND daterange(a.valid_from, a.valid_to, '[)') && daterange(b.valid_from, b.valid_to, '[)')`,
  );
  expect(overlaps.n).toBe(0);
  const events = async (type: string, id: string) =>
    (
      await api.sql(
        `SELECT operation || ' by ' || actor_name AS event FROM audit_event
          WHERE record_type = $1 AND record_id = $2 ORDER BY id`,
        [type, fromGlobalId(id)!.id],
      )
    ).map((row) => row.event);
  for (const m of model.memberships) {
    expect([m.id, await events('ForumMembership', m.id)]).toEqual([m.id, m.operations]);
  }
  for (const key of KEYS) {
    expect([key, await events('Actor', real.actors[key])]).toEqual([
      key,
      model.actors[key].operations,
    ]);
  }
}

it('agrees with a simple model of valid time, known time and retraction', async () => {
  await fc.assert(
    fc.asyncProperty(steps, async (drawn) => {
      const { model, real } = await setup();
      await fc.asyncModelRun(() => ({ model, real }), drawn);
      await checkAgainst(model, real);
    }),
    { numRuns: 25 },
  );
}, 180_000);
