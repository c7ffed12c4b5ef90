// The e2e run's report: one line per scenario as it ends, then the timing table (latency per
// scenario against its limit, records/hour for the initial sync) and a one-line verdict.
import { formatTable } from '../../lib/report';
import type { ScenarioResult, ScenarioStatus } from './runner';

const MARK: Record<ScenarioStatus, string> = {
  passed: '✓',
  failed: '✗',
  'timed out': '✗',
  skipped: '-',
  'not run': ' '
};

/** 860 ms → "0.9s", 72 s → "1m 12s", 2 h → "2h 0m". */
export function formatDuration(ms: number): string {
  const seconds = Math.max(0, ms) / 1000;
  if (seconds < 60) return `${seconds.toFixed(1)}s`;
  const whole = Math.round(seconds);
  const hours = Math.floor(whole / 3600);
  const minutes = Math.floor((whole % 3600) / 60);
  if (hours) return `${hours}h ${minutes}m`;
  return `${minutes}m ${whole % 60}s`;
}

/** Records per hour for `count` records in `ms`; 0 when nothing was measured. */
export function recordsPerHour(count: number, ms: number): number {
  if (count <= 0 || ms <= 0) return 0;
  return Math.round((count * 3_600_000) / ms);
}

export function formatCount(value: number): string {
  return value.toLocaleString('en-US');
}

export function formatScenarioLine(result: ScenarioResult): string {
  const time = result.latencyMs !== undefined ? ` (${formatDuration(result.latencyMs)})` : '';
  const detail = result.detail ? ` — ${result.detail}` : '';
  return `${MARK[result.status]} ${result.title}${time}${detail}`.trimStart();
}

export function formatTimingTable(results: readonly ScenarioResult[]): string {
  return formatTable(
    ['Scenario', 'Result', 'Latency', 'Limit', 'Throughput', 'Detail'],
    results.map((result) => [
      result.title,
      `${MARK[result.status]} ${result.status}`.trim(),
      result.latencyMs === undefined ? '' : formatDuration(result.latencyMs),
      formatDuration(result.limitMs),
      result.recordsPerHour === undefined ? '' : `${formatCount(result.recordsPerHour)} records/h`,
      result.detail
    ])
  );
}

export interface RunCounts {
  total: number;
  passed: number;
  failed: number;
  timedOut: number;
  skipped: number;
  notRun: number;
}

export function countResults(results: readonly ScenarioResult[]): RunCounts {
  const count = (status: ScenarioStatus): number =>
    results.filter((result) => result.status === status).length;
  return {
    total: results.length,
    passed: count('passed'),
    failed: count('failed'),
    timedOut: count('timed out'),
    skipped: count('skipped'),
    notRun: count('not run')
  };
}

/** Median and maximum latency of the passed scenarios that measured one. */
export function latencyStats(
  results: readonly ScenarioResult[]
): { median: number; max: number; count: number } | undefined {
  const latencies = results
    .filter((result) => result.status === 'passed' && result.latencyMs !== undefined)
    .map((result) => result.latencyMs ?? 0)
    .sort((a, b) => a - b);
  if (!latencies.length) return undefined;
  const middle = Math.floor(latencies.length / 2);
  const median =
    latencies.length % 2
      ? (latencies[middle] ?? 0)
      : ((latencies[middle - 1] ?? 0) + (latencies[middle] ?? 0)) / 2;
  return { median, max: latencies[latencies.length - 1] ?? 0, count: latencies.length };
}

/** "12 passed, 1 failed, 1 timed out, 2 skipped of 16 scenarios; latency median 6.1s, max 14.0s" */
export function formatVerdict(results: readonly ScenarioResult[]): string {
  const counts = countResults(results);
  const parts = [
    `${counts.passed} passed`,
    counts.failed ? `${counts.failed} failed` : '',
    counts.timedOut ? `${counts.timedOut} timed out` : '',
    counts.skipped ? `${counts.skipped} skipped` : '',
    counts.notRun ? `${counts.notRun} not run` : ''
  ].filter(Boolean);
  const stats = latencyStats(results);
  const latency = stats
    ? `; latency median ${formatDuration(stats.median)}, max ${formatDuration(stats.max)}`
    : '';
  return `${parts.join(', ')} of ${counts.total} scenario${counts.total === 1 ? '' : 's'}${latency}`;
}
