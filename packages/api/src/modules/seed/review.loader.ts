import {
  SEED_DECISIONS,
  SEED_FINDINGS,
  SEED_OPEN_QUESTIONS,
  SEED_REVIEW,
  SEED_SHIFTS,
} from './data/review';
import { REPORT } from './data/sections';
import type { SeedContext } from './seed-context';
import type { DecisionSubjectKind } from '../meeting';

const report = (section: string, quote: string) => ({ source: 'report' as const, section, quote });

/** The review of Länspartnerskapet with its findings, shifts, decisions and open questions. */
export async function loadReview(seed: SeedContext): Promise<void> {
  const { services, caller } = seed;
  const reviewId = await seed.ensure(SEED_REVIEW.key, () =>
    services.review.create(caller, {
      ...SEED_REVIEW,
      forumId: seed.id(`forum:${SEED_REVIEW.forum}`),
      commissionedById: seed.id(`actor:${SEED_REVIEW.commissionedBy}`),
      contacts: SEED_REVIEW.contacts.map((c) => ({
        personId: seed.id(`person:${c.person}`),
        role: c.role,
      })),
      sources: seed.citations(SEED_REVIEW.sources),
    }),
  );
  for (const [index, finding] of SEED_FINDINGS.entries()) {
    await seed.ensure(`finding:${index + 1}`, () =>
      services.reviewFinding.create(caller, {
        reviewId,
        title: finding.title,
        text: finding.text,
        points: finding.points,
        // The findings are the report's "Resultat": the heading they all stand under.
        category: REPORT.results,
        sources: seed.citations(finding.quotes.map((quote) => report(finding.title, quote))),
      }),
    );
  }
  for (const [index, [from, to, quote]] of SEED_SHIFTS.entries()) {
    await seed.ensure(`shift:${index + 1}`, () =>
      services.reviewShift.create(caller, {
        reviewId,
        from,
        to,
        sources: seed.citations([report(REPORT.clearerLinks, quote)]),
      }),
    );
  }
  for (const [index, decision] of SEED_DECISIONS.entries()) {
    await seed.ensure(`decision:${index + 1}`, () =>
      services.decision.create(caller, {
        text: decision.text,
        reviewId,
        subject: decision.subject
          ? { kind: 'Forum' as DecisionSubjectKind, id: seed.id(decision.subject) }
          : null,
        sources: seed.citations(
          [decision.quote, decision.alsoQuote ?? []]
            .flat()
            .map((quote) => report(decision.section, quote)),
        ),
      }),
    );
  }
  for (const [index, question] of SEED_OPEN_QUESTIONS.entries()) {
    const openQuestionId = await seed.ensure(`open-question:${index + 1}`, () =>
      services.openQuestion.create(caller, {
        reviewId,
        title: question.title,
        text: question.text,
        points: question.points,
        sources: seed.citations([report(question.title, question.quote)]),
      }),
    );
    for (const [point, title] of question.actions.entries()) {
      await seed.ensure(`action:${index + 1}.${point + 1}`, () =>
        services.action.create(caller, {
          title,
          // "vi har identifierat …": the Region, which wrote the report, takes the points on.
          ownerId: seed.id('actor:region-jamtland-harjedalen'),
          openQuestionId,
          sources: seed.citations([
            report(question.title, title),
            report(question.title, question.quote),
          ]),
        }),
      );
    }
  }
}
