import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SYSTEM_VIEWER } from '../../core/auth/roles';
import type { Services } from '../../services';
import type { SubjectKind } from '../responsibility';
import { SEED_ACTORS, SEED_SOURCES } from './data/foundation';
import { FACTOR_HEADINGS, SEED_FACTORS, SEED_SCALES } from './data/collaboration';
import { SEED_FORUMS, SEED_MEMBERSHIPS } from './data/forums';
import { WEBINAR } from './data/sections';
import { SEED_AGENDA, SEED_MEETINGS } from './data/webinars';
import { loadReview } from './review.loader';
import { SEED_PEOPLE, SEED_POSITIONS } from './data/people';
import { SEED_RESPONSIBILITIES, SEED_STRATEGIES, SEED_TOPICS } from './data/strategies';
import { SeedContext, type SeedReport, type SourceKey } from './seed-context';

export type { SeedReport };

/** The seed's copy of a source document (`packages/api/seed/documents`), from `src` or `dist`. */
export function documentText(fileName: string): string {
  return readFileSync(join(__dirname, '../../../seed/documents', fileName), 'utf8');
}

/** `forum:<slug>` → { kind: 'Forum', id }: a responsibility's subject from its seed key. */
function subject(seed: SeedContext, key: string) {
  const kind = key.split(':')[0];
  return { kind: `${kind[0].toUpperCase()}${kind.slice(1)}` as SubjectKind, id: seed.id(key) };
}

/**
 * Loads the seed data set — Jämtland Härjedalen as the two source documents describe it —
 * through the same services as the API, so every record is validated and audited (as
 * "system"). `foundationOnly` stops after the sources and actors (for tests that build
 * their own forums and strategies). Idempotent: the seed registry remembers what each entry became, so a second run
 * changes nothing.
 */
export async function loadSeed(
  services: Services,
  log: (message: string) => void = () => undefined,
  options: { foundationOnly?: boolean } = {},
): Promise<SeedReport> {
  const seed = new SeedContext(services, services.dataSource);
  const { caller } = seed;

  await seed.useAreas();
  for (const [key, source] of Object.entries(SEED_SOURCES) as [
    SourceKey,
    (typeof SEED_SOURCES)[SourceKey],
  ][]) {
    const text = documentText(source.fileName);
    await seed.ensure(
      `source:${key}`,
      () => services.source.create(caller, { ...source, text }),
      () => services.source.findByTitle(source.title),
    );
    // A database seeded before sources held their text gets it now.
    await seed.ensure(`source-text:${key}`, async () => {
      const record = (await services.source.findByTitle(source.title))!;
      if (record.text) return record;
      return services.source.update(caller, { id: record.id, version: record.version, text });
    });
  }
  for (const actor of SEED_ACTORS) {
    await seed.ensure(
      `actor:${actor.slug}`,
      () =>
        services.actor.create(caller, {
          ...actor,
          areaIds: actor.areaCodes.map((code) => seed.id(`area:${code}`)),
          parentId: seed.optionalId(actor.parentSlug && `actor:${actor.parentSlug}`),
          sources: seed.citations(actor.sources),
        }),
      () => services.actor.findBySlug(actor.slug),
    );
  }
  // Publishers are actors, and actors cite sources: so sources get their publisher last.
  for (const [key, source] of Object.entries(SEED_SOURCES) as [
    SourceKey,
    (typeof SEED_SOURCES)[SourceKey],
  ][]) {
    await seed.ensure(`source-publisher:${key}`, async () => {
      const record = await services.source.findByTitle(source.title);
      return services.source.update(caller, {
        id: seed.id(`source:${key}`),
        version: record?.version ?? 1,
        publisherId: seed.id(`actor:${source.publisherSlug}`),
      });
    });
  }
  if (options.foundationOnly) return seed.report;
  for (const person of SEED_PEOPLE) {
    await seed.ensure(
      `person:${person.slug}`,
      () => services.person.create(caller, { ...person, sources: seed.citations(person.sources) }),
      () => services.person.findBySlug(SYSTEM_VIEWER, person.slug),
    );
  }
  for (const position of SEED_POSITIONS) {
    const title = position.title ? `:${position.title}` : '';
    await seed.ensure(`position:${position.person}@${position.actor}${title}`, () =>
      services.position.create(caller, {
        personId: seed.id(`person:${position.person}`),
        actorId: seed.id(`actor:${position.actor}`),
        title: position.title,
        sources: seed.citations(position.sources),
      }),
    );
  }
  for (const strategy of SEED_STRATEGIES) {
    await seed.ensure(
      `strategy:${strategy.slug}`,
      () =>
        services.strategy.create(caller, {
          ...strategy,
          ownerId: seed.optionalId(strategy.owner && `actor:${strategy.owner}`),
          areaId: seed.optionalId(strategy.area && `area:${strategy.area}`),
          implementsId: seed.optionalId(strategy.implements && `strategy:${strategy.implements}`),
          sources: seed.citations(strategy.sources),
        }),
      () => services.strategy.findBySlug(strategy.slug),
    );
  }
  for (const topic of SEED_TOPICS) {
    await seed.ensure(
      `topic:${topic.slug}`,
      () => services.topic.create(caller, { ...topic, sources: seed.citations(topic.sources) }),
      () => services.topic.findBySlug(topic.slug),
    );
  }
  for (const forum of SEED_FORUMS) {
    await seed.ensure(
      `forum:${forum.slug}`,
      () =>
        services.forum.create(caller, {
          ...forum,
          parentId: seed.optionalId(forum.parent && `forum:${forum.parent}`),
          convenorId: seed.optionalId(forum.convenor && `actor:${forum.convenor}`),
          areaId: seed.optionalId(forum.area && `area:${forum.area}`),
          anchoredInIds: (forum.anchoredIn ?? []).map((slug) => seed.id(`strategy:${slug}`)),
          sources: seed.citations(forum.sources),
        }),
      () => services.forum.findBySlug(forum.slug),
    );
  }
  for (const membership of SEED_MEMBERSHIPS) {
    await seed.ensure(
      `membership:${membership.forum}/${membership.member}/${membership.role}`,
      () =>
        services.forumMembership.create(caller, {
          forumId: seed.id(`forum:${membership.forum}`),
          ...(membership.member.startsWith('forum:')
            ? { memberForumId: seed.id(membership.member) }
            : { memberActorId: seed.id(membership.member) }),
          category: membership.category ?? null,
          role: membership.role,
          representativeIds: (membership.representatives ?? []).map((slug) =>
            seed.id(`person:${slug}`),
          ),
          sources: seed.citations(membership.sources),
        }),
    );
  }
  for (const responsibility of SEED_RESPONSIBILITIES) {
    await seed.ensure(`responsibility:${responsibility.key}`, () =>
      services.responsibility.create(caller, {
        actorId: seed.id(`actor:${responsibility.actor}`),
        personId: seed.optionalId(responsibility.person && `person:${responsibility.person}`),
        role: responsibility.role,
        subject: subject(seed, responsibility.subject),
        mandate: responsibility.mandate?.text ?? null,
        mandateReference: responsibility.mandate?.reference ?? null,
        sources: seed.citations(responsibility.sources),
      }),
    );
  }
  for (const scale of SEED_SCALES) {
    await seed.ensure(
      `scale:${scale.slug}`,
      () =>
        services.collaborationScale.create(caller, {
          ...scale,
          sources: seed.citations(scale.sources),
        }),
      () => services.collaborationScale.findBySlug(scale.slug),
    );
  }
  for (const [index, factor] of SEED_FACTORS.entries()) {
    await seed.ensure(`factor:${factor.category}:${index}`, () =>
      services.collaborationFactor.create(caller, {
        ...factor,
        sources: seed.citations([
          {
            source: 'webinar',
            section: `${WEBINAR.factors} – ${FACTOR_HEADINGS[factor.category]}`,
            quote: factor.quote,
          },
        ]),
      }),
    );
  }
  for (const meeting of SEED_MEETINGS) {
    await seed.ensure(`meeting:${meeting.key}`, () =>
      services.meeting.create(caller, {
        ...meeting,
        forumId: seed.id('forum:webinarier-under-varen-2019'),
        startsAt: new Date(meeting.startsAt),
        endsAt: new Date(meeting.endsAt),
        format: 'ONLINE',
        sources: seed.citations(meeting.sources),
      }),
    );
  }
  for (const [index, item] of SEED_AGENDA.entries()) {
    await seed.ensure(`agenda:webinar-2:${index + 1}`, () =>
      services.agendaItem.create(caller, {
        meetingId: seed.id('meeting:webinar-2'),
        title: item.title,
        presenters: item.presenters.map(([person, actor, title]) => ({
          personId: seed.id(`person:${person}`),
          actorId: seed.id(`actor:${actor}`),
          title,
        })),
        sources: seed.citations([
          { source: 'webinar', section: WEBINAR.agenda, quote: item.quote },
        ]),
      }),
    );
  }
  await loadReview(seed);
  log(`seed: ${seed.report.created} records created, ${seed.report.unchanged} already present`);
  return seed.report;
}
