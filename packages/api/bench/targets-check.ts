import type { FanoutResult } from './fanout';
import type { RequestFigures } from './report';

export interface TargetCheck {
  target: string;
  measured: string;
  met: boolean;
}

const PAGES = ['actorPage', 'forumPage', 'strategyPage', 'raciMatrix', 'personPage', 'areaActors'];

/** Issue 13's targets, each checked against this run's figures (ratios within the run). */
export function checkTargets(results: {
  figures: RequestFigures[];
  writeMs: number;
  subscriptions: FanoutResult;
}): TargetCheck[] {
  const checks: TargetCheck[] = [];
  const byName = new Map(results.figures.map((row) => [row.name, row]));
  const ratio = (name: string, other: 'ceiling' | 'postgraphile', least: number) => {
    const row = byName.get(name);
    const theirs = row?.[other]?.at10.requestsPerSecond;
    if (!row || !theirs) return;
    const value = row.ours.at10.requestsPerSecond / theirs;
    checks.push({
      target: `${name} at least ${least}× ${other}`,
      measured: `${value.toFixed(2)}×`,
      met: value >= least,
    });
  };
  const latency = (name: string, limitMs: number) => {
    const row = byName.get(name);
    if (!row) return;
    checks.push({
      target: `${name} p95 under ${limitMs} ms for one caller`,
      measured: waited(row),
      met: p95OfOne(row) < limitMs,
    });
  };
  ratio('node', 'ceiling', 0.5);
  for (const name of PAGES) {
    ratio(name, 'ceiling', 0.3);
    ratio(name, 'postgraphile', 0.5);
  }
  ratio('countyMap', 'postgraphile', 0.5);
  ratio('countyMap', 'ceiling', 0.5);
  countryMap(byName.get('countryMap'), byName.get('countyMap'), checks);
  for (const name of ['searchLans', 'searchReg', 'searchRegionrad']) latency(name, 30);
  checks.push({
    target: '1,000-item write under 2 s',
    measured: `${results.writeMs.toFixed(0)} ms`,
    met: results.writeMs < 2000,
  });
  const s = results.subscriptions;
  checks.push({
    target: 'at least 10,000 delivered events/s',
    measured: `${s.eventsPerSecond.toFixed(0)} events/s to ${s.subscribers} subscribers`,
    met: s.eventsPerSecond >= 10_000,
  });
  // A run of no request (`--only` of none) measured no peak: nothing to judge.
  if (results.figures.length > 0) {
    const peak = Math.max(...results.figures.map((row) => row.ours.peakMegabytes));
    checks.push({
      target: "the API's peak RSS under 300 MB at 50 connections",
      measured: `${peak.toFixed(0)} MB`,
      met: peak < 300,
    });
  }
  return checks;
}

/**
 * The country's map at depth 2 answers within 250 ms, and the answer holds the country: at least
 * as many nodes as one county's map (its regions, the actors working nationwide and what they
 * do; before areas were linked it was a single node, and a fast answer of nothing meets no target).
 */
function countryMap(
  country: RequestFigures | undefined,
  county: RequestFigures | undefined,
  checks: TargetCheck[],
) {
  if (!country) return;
  const nodes = (row: RequestFigures | undefined) => row?.ours.mapNodes ?? 0;
  checks.push({
    target:
      "countryMap p95 under 250 ms for one caller, an answer of at least a county map's nodes",
    measured: `${waited(country)}, ${nodes(country)} nodes (a county's: ${nodes(county)})`,
    met: p95OfOne(country) < 250 && nodes(country) >= Math.max(1, nodes(county)),
  });
}

/** Our p95 for a single caller (a run without one is not met). */
const p95OfOne = (row: RequestFigures) => row.ours.at1?.p95 ?? Infinity;

/** Our p95 for one caller, and at 10 connections beside it, which also counts their queue. */
const waited = (row: RequestFigures) =>
  `${p95OfOne(row).toFixed(0)} ms (${row.ours.at10.p95.toFixed(0)} ms at 10 connections)`;
