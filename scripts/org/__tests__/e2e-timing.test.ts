import type { ScenarioResult } from '../e2e/runner';
import {
  countResults,
  formatDuration,
  formatScenarioLine,
  formatTimingTable,
  formatVerdict,
  latencyStats,
  recordsPerHour
} from '../e2e/timing';

const RESULTS: ScenarioResult[] = [
  {
    id: 'a2b-account-create',
    title: 'A → B: Account created',
    status: 'passed',
    limitMs: 120_000,
    latencyMs: 6_100,
    detail: 'B 001B00000000001AAA'
  },
  {
    id: 'a2b-account-update',
    title: 'A → B: Account updated',
    status: 'passed',
    limitMs: 120_000,
    latencyMs: 4_000,
    detail: ''
  },
  {
    id: 'conflict',
    title: 'Conflict under manual review lands in B’s queue',
    status: 'timed out',
    limitMs: 360_000,
    detail: 'no open XwConflict__c after 6m 0s'
  },
  {
    id: 'retry',
    title: 'Failed delivery is retried and recovers',
    status: 'failed',
    limitMs: 360_000,
    detail: 'the Account reached B although A had a wrong token'
  },
  {
    id: 'echo',
    title: 'No echo',
    status: 'skipped',
    limitMs: 420_000,
    detail: 'needs x (failed)'
  },
  {
    id: 'initial-sync',
    title: 'Initial sync of 2,000 Accounts A → B',
    status: 'passed',
    limitMs: 1_800_000,
    latencyMs: 192_000,
    recordsPerHour: 37_500,
    detail: '2,000 records in 3m 12s'
  },
  { id: 'x', title: 'Never ran', status: 'not run', limitMs: 1000, detail: 'run interrupted' }
];

describe('timing', () => {
  it('formats durations for seconds, minutes and hours', () => {
    expect(formatDuration(860)).toBe('0.9s');
    expect(formatDuration(59_940)).toBe('59.9s');
    expect(formatDuration(72_000)).toBe('1m 12s');
    expect(formatDuration(7_260_000)).toBe('2h 1m');
    expect(formatDuration(-5)).toBe('0.0s');
  });

  it('computes records per hour', () => {
    expect(recordsPerHour(2000, 192_000)).toBe(37_500);
    expect(recordsPerHour(0, 1000)).toBe(0);
    expect(recordsPerHour(10, 0)).toBe(0);
  });

  it('prints the timing table with latency, limit and throughput per scenario', () => {
    const table = formatTimingTable(RESULTS).split('\n');
    expect(table[0]).toMatch(/^Scenario +Result +Latency +Limit +Throughput +Detail$/);
    expect(table[1]).toMatch(/^-+ +-+/);
    expect(table[2]).toMatch(
      /^A → B: Account created +✓ passed +6\.1s +2m 0s +B 001B00000000001AAA$/
    );
    expect(table[4]).toMatch(/Conflict .* +✗ timed out +6m 0s +no open XwConflict__c after 6m 0s$/);
    expect(table[7]).toMatch(
      /^Initial sync of 2,000 Accounts A → B +✓ passed +3m 12s +30m 0s +37,500 records\/h +2,000 records in 3m 12s$/
    );
    expect(table[8]).toMatch(/^Never ran +not run +1\.0s +run interrupted$/);
  });

  it('prints one line per scenario as it ends', () => {
    expect(formatScenarioLine(RESULTS[0] as ScenarioResult)).toBe(
      '✓ A → B: Account created (6.1s) — B 001B00000000001AAA'
    );
    expect(formatScenarioLine(RESULTS[4] as ScenarioResult)).toBe('- No echo — needs x (failed)');
    expect(formatScenarioLine(RESULTS[6] as ScenarioResult)).toBe('Never ran — run interrupted');
  });

  it('counts results and summarises latency over the passed scenarios', () => {
    expect(countResults(RESULTS)).toEqual({
      total: 7,
      passed: 3,
      failed: 1,
      timedOut: 1,
      skipped: 1,
      notRun: 1
    });
    expect(latencyStats(RESULTS)).toEqual({ median: 6_100, max: 192_000, count: 3 });
    expect(latencyStats(RESULTS.slice(0, 2))).toEqual({ median: 5_050, max: 6_100, count: 2 });
    expect(latencyStats([])).toBeUndefined();
    expect(formatVerdict(RESULTS)).toBe(
      '3 passed, 1 failed, 1 timed out, 1 skipped, 1 not run of 7 scenarios; latency median 6.1s, max 3m 12s'
    );
    expect(formatVerdict(RESULTS.slice(4, 5))).toBe('0 passed, 1 skipped of 1 scenario');
  });
});
