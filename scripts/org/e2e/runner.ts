// A small scenario runner: runs scenarios in order, each under its own time limit, polling with
// an injected clock and sleep (so tests run in no time), skipping scenarios whose prerequisites
// did not pass, and stopping cleanly when the run is interrupted. Knows nothing of Salesforce.
import { ExpectedError, oneLine, type Output } from '../../lib/report';
import { formatDuration, formatScenarioLine } from './timing';

export type ScenarioStatus = 'passed' | 'failed' | 'timed out' | 'skipped' | 'not run';

export interface ScenarioOutcome {
  /** The measured latency: from the triggering change to the observed result. */
  latencyMs?: number;
  detail?: string;
  /** Throughput, for bulk scenarios. */
  recordsPerHour?: number;
}

export interface ScenarioContext<E> {
  readonly env: E;
  now(): number;
  /**
   * Polls `probe` until it returns something other than undefined and returns that; throws
   * ScenarioTimeout (naming `what`) when the scenario's time limit passes first.
   */
  waitFor<T>(what: string, probe: () => Promise<T | undefined>): Promise<T>;
  /** Calls `probe` at every poll for `ms` (e.g. to see that nothing changes). */
  watch(what: string, ms: number, probe: () => Promise<void>): Promise<void>;
  /** Shows a progress line while the scenario runs. */
  progress(text: string): void;
}

export interface Scenario<E> {
  id: string;
  title: string;
  /** Scenarios that must have passed first (they create the records this one uses). */
  needs?: readonly string[];
  limitMs: number;
  run(context: ScenarioContext<E>): Promise<ScenarioOutcome>;
}

export interface ScenarioResult {
  id: string;
  title: string;
  status: ScenarioStatus;
  limitMs: number;
  /** Wall time the scenario took, setup included. */
  elapsedMs?: number;
  latencyMs?: number;
  recordsPerHour?: number;
  detail: string;
}

/** The scenario's time limit passed while it was waiting for something. */
export class ScenarioTimeout extends ExpectedError {
  override readonly name = 'ScenarioTimeout';

  constructor(what: string, waitedMs: number) {
    super(`no ${what} after ${formatDuration(waitedMs)}`);
  }
}

/** A scenario's check failed: what was expected and what was found. */
export class ScenarioFailure extends ExpectedError {
  override readonly name = 'ScenarioFailure';
}

/** The run was interrupted (Ctrl+C); the caller cleans up. */
export class RunInterrupted extends ExpectedError {
  override readonly name = 'RunInterrupted';

  constructor() {
    super('interrupted');
  }
}

export interface RunnerOptions {
  clock: () => number;
  sleep: (ms: number) => Promise<void>;
  pollMs: number;
  out: Output;
  signal?: AbortSignal;
}

export interface RunSummary {
  results: ScenarioResult[];
  interrupted: boolean;
}

function createContext<E>(
  env: E,
  scenario: Scenario<E>,
  started: number,
  options: RunnerOptions
): ScenarioContext<E> {
  const { clock, sleep, pollMs, out, signal } = options;
  const deadline = started + scenario.limitMs;
  const checkInterrupt = (): void => {
    if (signal?.aborted) throw new RunInterrupted();
  };
  const progress = (text: string): void => {
    out.status?.(`… ${scenario.title}: ${text} (${formatDuration(clock() - started)})`);
  };
  return {
    env,
    now: clock,
    progress,
    async waitFor(what, probe) {
      for (;;) {
        checkInterrupt();
        const value = await probe();
        if (value !== undefined) return value;
        const now = clock();
        if (now >= deadline) throw new ScenarioTimeout(what, now - started);
        progress(`waiting for ${what}`);
        await sleep(Math.min(pollMs, deadline - now));
      }
    },
    async watch(what, ms, probe) {
      const until = clock() + ms;
      if (until > deadline) {
        throw new ScenarioTimeout(
          `time left to watch ${what} for ${formatDuration(ms)}`,
          clock() - started
        );
      }
      for (;;) {
        checkInterrupt();
        await probe();
        const now = clock();
        if (now >= until) return;
        progress(`watching ${what}`);
        await sleep(Math.min(pollMs, until - now));
      }
    }
  };
}

/** Runs the scenarios in order and prints one line for each as it ends. */
export async function runScenarios<E>(
  scenarios: readonly Scenario<E>[],
  env: E,
  options: RunnerOptions
): Promise<RunSummary> {
  const results: ScenarioResult[] = [];
  const statusOf = (id: string): ScenarioStatus | undefined =>
    results.find((result) => result.id === id)?.status;
  let interrupted = false;

  for (const scenario of scenarios) {
    const base = { id: scenario.id, title: scenario.title, limitMs: scenario.limitMs };
    if (interrupted || options.signal?.aborted) {
      interrupted = true;
      results.push({ ...base, status: 'not run', detail: 'run interrupted' });
      continue;
    }
    const blocker = (scenario.needs ?? []).find((id) => statusOf(id) !== 'passed');
    if (blocker !== undefined) {
      const result: ScenarioResult = {
        ...base,
        status: 'skipped',
        detail: `needs ${blocker} (${statusOf(blocker) ?? 'not selected'})`
      };
      results.push(result);
      options.out.line(formatScenarioLine(result));
      continue;
    }

    const started = options.clock();
    let result: ScenarioResult;
    try {
      const outcome = await scenario.run(createContext(env, scenario, started, options));
      const elapsedMs = options.clock() - started;
      const late = elapsedMs > scenario.limitMs;
      result = {
        ...base,
        status: late ? 'timed out' : 'passed',
        elapsedMs,
        latencyMs: outcome.latencyMs,
        recordsPerHour: outcome.recordsPerHour,
        detail: late
          ? `took ${formatDuration(elapsedMs)}, over the limit${outcome.detail ? `; ${outcome.detail}` : ''}`
          : (outcome.detail ?? '')
      };
    } catch (error) {
      const elapsedMs = options.clock() - started;
      const message = error instanceof Error ? oneLine(error.message) : String(error);
      if (error instanceof RunInterrupted) {
        interrupted = true;
        result = { ...base, status: 'not run', elapsedMs, detail: 'run interrupted' };
      } else {
        const status: ScenarioStatus = error instanceof ScenarioTimeout ? 'timed out' : 'failed';
        result = { ...base, status, elapsedMs, detail: message };
      }
    }
    results.push(result);
    options.out.line(formatScenarioLine(result));
  }
  return { results, interrupted };
}

/**
 * The scenarios to run for `--only a,b`: each token selects the scenarios whose id equals it or
 * starts with it and a dash; prerequisites come along. Unknown tokens are returned for an error.
 */
export function selectScenarios<E>(
  all: readonly Scenario<E>[],
  only: readonly string[]
): { selected: Scenario<E>[]; unknown: string[] } {
  if (!only.length) return { selected: [...all], unknown: [] };
  const wanted = new Set<string>();
  const unknown: string[] = [];
  const add = (id: string): void => {
    if (wanted.has(id)) return;
    wanted.add(id);
    for (const need of all.find((scenario) => scenario.id === id)?.needs ?? []) add(need);
  };
  for (const token of only) {
    const matches = all.filter(
      (scenario) => scenario.id === token || scenario.id.startsWith(`${token}-`)
    );
    if (!matches.length) unknown.push(token);
    for (const match of matches) add(match.id);
  }
  return { selected: all.filter((scenario) => wanted.has(scenario.id)), unknown };
}
