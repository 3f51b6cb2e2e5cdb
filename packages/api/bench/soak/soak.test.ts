import { startApi, type RunningApi } from '../../src/testing/api-process';
import { soakedApi, SOAK_ENV } from './api';
import { describeSoak, soak, type SoakOptions } from './soak';

/*
 * The soak of `pnpm soak`, short: the built API in production mode on the seed data set, 50
 * connections of the web client's reads and an editor's writes for 25 seconds. It proves the soak
 * runs and finds failed requests; memory growth is judged too, though 25 seconds say less of it
 * than the minutes of a real soak.
 */
const OPTIONS: SoakOptions = { seconds: 25, connections: 50, warmUpSeconds: 8 };
let api: RunningApi;

beforeAll(async () => {
  api = await startApi('soak', { env: SOAK_ENV });
}, 120_000);
afterAll(() => api?.stop());

it('answers 50 connections of reads and writes without a failure or memory growth', async () => {
  const report = await soak(await soakedApi(api, api.databaseUrl!), OPTIONS);
  console.log(describeSoak(report, OPTIONS));
  expect(report.problems).toEqual([]);
  expect(report.requests).toBeGreaterThan(500);
}, 90_000);

it('fails, naming them, when requests fail', async () => {
  const target = await soakedApi(api, api.databaseUrl!);
  const options = { seconds: 3, connections: 5, warmUpSeconds: 1 };
  const report = await soak({ ...target, editorToken: 'svk_not-a-token' }, options);
  expect(report.problems).toEqual([
    expect.stringMatching(/^\d+ requests failed: ActorCreate: status 401/),
    expect.stringMatching(/^requests failed in transport: .*"non2xx":[1-9]/),
  ]);
  expect(describeSoak(report, options)).toMatch(/FAILED/);
}, 30_000);
