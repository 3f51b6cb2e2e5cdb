/**
 * A strategy the seed data lacks: `testplan`, with objectives, responsibilities and an indicator,
 * created through the API with the admin token it prints on first start (see browser.ts).
 */
import type { RunningApi } from '@samverkan/api/testing/api-process';
import { asAdmin } from './browser';

async function actorId(api: RunningApi, slug: string): Promise<string> {
  const data = await asAdmin(api, `query ($slug: String!) { actor(slug: $slug) { id } }`, { slug });
  return data.actor.id as string;
}

/**
 * A plan with three objectives: 1 led by the region (with an indicator and its measurements),
 * 1.1 led by two actors (a conflict), 2 only contributed to (a gap); the region leads the plan.
 */
export async function createPlan(api: RunningApi): Promise<void> {
  if (!api.adminToken) throw new Error('the API printed no admin token');
  const [region, lst, miun] = await Promise.all(
    ['region-jamtland-harjedalen', 'lansstyrelsen-jamtlands-lan', 'mittuniversitetet'].map((slug) =>
      actorId(api, slug),
    ),
  );
  const { strategyCreate } = await asAdmin(
    api,
    `mutation ($input: StrategyCreateInput!) {
       strategyCreate(input: $input) { strategy { id } userErrors { message } }
     }`,
    {
      input: {
        slug: 'testplan',
        name: 'Handlingsplan för samverkan 2025–2027',
        shortName: 'Samverkansplanen',
        kind: 'ACTION_PLAN',
        status: 'ACTIVE',
        owner: region,
        periodFrom: '2025-01-01',
        periodTo: '2027-12-31',
      },
    },
  );
  const strategy = strategyCreate.strategy.id as string;
  const objective = async (code: string, title: string, parent?: string) => {
    const data = await asAdmin(
      api,
      `mutation ($input: ObjectiveCreateInput!) {
         objectiveCreate(input: $input) { objective { id } userErrors { message } }
       }`,
      { input: { strategy, code, title, parent } },
    );
    return data.objectiveCreate.objective.id as string;
  };
  const one = await objective('1', 'Stärkt samverkan mellan länets aktörer');
  const oneOne = await objective('1.1', 'Gemensam lägesbild för kompetensförsörjning', one);
  const two = await objective('2', 'Fler företag som växer');
  const responsibility = (actor: string, role: string, subject: string) =>
    asAdmin(
      api,
      `mutation ($input: ResponsibilityCreateInput!) {
         responsibilityCreate(input: $input) { responsibility { id } userErrors { message } }
       }`,
      { input: { actor, role, subject, validFrom: '2025-01-01' } },
    );
  await responsibility(region, 'LEADS', strategy);
  await responsibility(lst, 'CONSULTED', strategy);
  await responsibility(region, 'LEADS', one);
  await responsibility(miun, 'CONTRIBUTES', one);
  await responsibility(region, 'LEADS', oneOne);
  await responsibility(lst, 'LEADS', oneOne);
  await responsibility(miun, 'EXECUTES', two);
  await responsibility(lst, 'FUNDS', two);
  const { indicatorCreate } = await asAdmin(
    api,
    `mutation ($input: IndicatorCreateInput!) {
       indicatorCreate(input: $input) { indicator { id } userErrors { message } }
     }`,
    {
      input: {
        objective: one,
        name: 'Aktörer i Länspartnerskapet',
        unit: 'st',
        direction: 'INCREASE',
        target: 25,
      },
    },
  );
  for (const [date, value] of [
    ['2023-12-31', 14],
    ['2024-06-30', 17],
    ['2024-12-31', 19],
    ['2025-06-30', 22],
  ] as const) {
    await asAdmin(
      api,
      `mutation ($input: MeasurementCreateInput!) {
         measurementCreate(input: $input) { measurement { id } userErrors { message } }
       }`,
      { input: { indicator: indicatorCreate.indicator.id, date, value } },
    );
  }
}
