import { captureOutput, type CapturedOutput, type Output } from '../../lib/report';
import {
  runScenarios,
  ScenarioFailure,
  selectScenarios,
  type RunnerOptions,
  type Scenario
} from '../e2e/runner';

interface Env {
  /** Polls until the probe succeeds. */
  readyAfterPolls: number;
  log: string[];
}

/** A fake clock: each sleep advances it, so time limits are reached without waiting. */
function fakeTime(): {
  clock: () => number;
  sleep: (ms: number) => Promise<void>;
  slept: number[];
} {
  let now = 0;
  const slept: number[] = [];
  return {
    clock: () => now,
    sleep: async (ms) => {
      slept.push(ms);
      now += ms;
    },
    slept
  };
}

function options(out: Output, overrides: Partial<RunnerOptions> = {}): RunnerOptions {
  const time = fakeTime();
  return { clock: time.clock, sleep: time.sleep, pollMs: 1000, out, ...overrides };
}

function polling(id: string, limitMs = 10_000, needs?: string[]): Scenario<Env> {
  return {
    id,
    title: `scenario ${id}`,
    limitMs,
    needs,
    async run(context) {
      let polls = 0;
      const started = context.now();
      await context.waitFor('the thing', async () => {
        polls += 1;
        return polls > context.env.readyAfterPolls ? polls : undefined;
      });
      context.env.log.push(id);
      return { latencyMs: context.now() - started, detail: `${polls} polls` };
    }
  };
}

let out: CapturedOutput;
beforeEach(() => {
  out = captureOutput();
});

describe('runScenarios', () => {
  it('passes a scenario whose wait is met in time and reports its latency', async () => {
    const env: Env = { readyAfterPolls: 2, log: [] };
    const { results, interrupted } = await runScenarios([polling('one')], env, options(out));
    expect(interrupted).toBe(false);
    expect(results).toEqual([
      {
        id: 'one',
        title: 'scenario one',
        status: 'passed',
        limitMs: 10_000,
        elapsedMs: 2000,
        latencyMs: 2000,
        recordsPerHour: undefined,
        detail: '3 polls'
      }
    ]);
    expect(out.lines).toEqual(['✓ scenario one (2.0s) — 3 polls']);
  });

  it('times a wait out at the scenario limit, naming what it waited for', async () => {
    const env: Env = { readyAfterPolls: 1000, log: [] };
    const time = fakeTime();
    const { results } = await runScenarios(
      [polling('slow', 5000)],
      env,
      options(out, { clock: time.clock, sleep: time.sleep })
    );
    expect(results[0]).toMatchObject({
      status: 'timed out',
      elapsedMs: 5000,
      detail: 'no the thing after 5.0s'
    });
    // It never sleeps past the deadline: the last nap is cut short.
    expect(time.slept.reduce((sum, ms) => sum + ms, 0)).toBe(5000);
    expect(out.lines).toEqual(['✗ scenario slow — no the thing after 5.0s']);
  });

  it('marks a scenario that finished after its limit as timed out', async () => {
    const time = fakeTime();
    const late: Scenario<Env> = {
      id: 'late',
      title: 'late',
      limitMs: 1000,
      async run() {
        await time.sleep(4000);
        return { latencyMs: 4000, detail: 'done' };
      }
    };
    const { results } = await runScenarios(
      [late],
      { readyAfterPolls: 0, log: [] },
      {
        ...options(out),
        clock: time.clock,
        sleep: time.sleep
      }
    );
    expect(results[0]).toMatchObject({
      status: 'timed out',
      detail: 'took 4.0s, over the limit; done'
    });
  });

  it('records a failing check and carries on with the next scenario', async () => {
    const failing: Scenario<Env> = {
      id: 'bad',
      title: 'bad',
      limitMs: 1000,
      run: async () => {
        throw new ScenarioFailure('expected 1\nbut found 2');
      }
    };
    const crashing: Scenario<Env> = {
      id: 'crash',
      title: 'crash',
      limitMs: 1000,
      run: async () => {
        throw 'not an error object';
      }
    };
    const env: Env = { readyAfterPolls: 0, log: [] };
    const { results } = await runScenarios([failing, crashing, polling('next')], env, options(out));
    expect(results.map((result) => [result.id, result.status, result.detail])).toEqual([
      ['bad', 'failed', 'expected 1 but found 2'],
      ['crash', 'failed', 'not an error object'],
      ['next', 'passed', '1 polls']
    ]);
  });

  it('skips scenarios whose prerequisites did not pass', async () => {
    const env: Env = { readyAfterPolls: 1000, log: [] };
    const scenarios = [polling('create', 2000), polling('update', 2000, ['create'])];
    const { results } = await runScenarios(scenarios, env, options(out));
    expect(results[1]).toMatchObject({
      status: 'skipped',
      detail: 'needs create (timed out)'
    });
    expect(out.lines[1]).toBe('- scenario update — needs create (timed out)');
  });

  it('stops at an interrupt and marks the rest as not run', async () => {
    const controller = new AbortController();
    const env: Env = { readyAfterPolls: 3, log: [] };
    const time = fakeTime();
    const interrupting: Scenario<Env> = {
      id: 'first',
      title: 'first',
      limitMs: 60_000,
      async run(context) {
        await context.waitFor<number>('never', async () => {
          controller.abort();
          return undefined;
        });
        return {};
      }
    };
    const { results, interrupted } = await runScenarios([interrupting, polling('second')], env, {
      ...options(out),
      clock: time.clock,
      sleep: time.sleep,
      signal: controller.signal
    });
    expect(interrupted).toBe(true);
    expect(results.map((result) => result.status)).toEqual(['not run', 'not run']);
    expect(env.log).toEqual([]);
  });

  it('does not start anything when already interrupted', async () => {
    const controller = new AbortController();
    controller.abort();
    const { results, interrupted } = await runScenarios(
      [polling('one')],
      { readyAfterPolls: 0, log: [] },
      { ...options(out), signal: controller.signal }
    );
    expect(interrupted).toBe(true);
    expect(results[0]?.status).toBe('not run');
  });

  it('watches for a given time, probing at every poll', async () => {
    const time = fakeTime();
    let probes = 0;
    const watching: Scenario<Env> = {
      id: 'watch',
      title: 'watch',
      limitMs: 10_000,
      async run(context) {
        await context.watch('quiet', 3000, async () => {
          probes += 1;
        });
        return { detail: 'quiet' };
      }
    };
    const { results } = await runScenarios(
      [watching],
      { readyAfterPolls: 0, log: [] },
      {
        ...options(out),
        clock: time.clock,
        sleep: time.sleep
      }
    );
    expect(results[0]?.status).toBe('passed');
    expect(probes).toBe(4);
    expect(time.clock()).toBe(3000);
  });

  it('refuses a watch longer than the time left', async () => {
    const watching: Scenario<Env> = {
      id: 'watch',
      title: 'watch',
      limitMs: 2000,
      async run(context) {
        await context.watch('quiet', 3000, async () => undefined);
        return {};
      }
    };
    const { results } = await runScenarios(
      [watching],
      { readyAfterPolls: 0, log: [] },
      options(out)
    );
    expect(results[0]).toMatchObject({
      status: 'timed out',
      detail: 'no time left to watch quiet for 3.0s after 0.0s'
    });
  });

  it('shows progress on a terminal while waiting', async () => {
    const statuses: string[] = [];
    const terminal: Output = { ...out, status: (text) => statuses.push(text) };
    const scenario: Scenario<Env> = {
      ...polling('one'),
      async run(context) {
        context.progress('half way');
        return polling('one').run(context);
      }
    };
    await runScenarios([scenario], { readyAfterPolls: 1, log: [] }, options(terminal));
    expect(statuses).toEqual([
      '… scenario one: half way (0.0s)',
      '… scenario one: waiting for the thing (0.0s)'
    ]);
  });
});

describe('selectScenarios', () => {
  const all = [
    polling('a2b-account-create'),
    polling('a2b-account-update', 1000, ['a2b-account-create']),
    polling('b2a-account-create'),
    polling('conflict')
  ];

  it('selects everything without --only', () => {
    expect(selectScenarios(all, []).selected).toHaveLength(4);
  });

  it('selects by id or prefix and brings prerequisites along, in run order', () => {
    const { selected, unknown } = selectScenarios(all, ['conflict', 'a2b-account-update']);
    expect(selected.map((scenario) => scenario.id)).toEqual([
      'a2b-account-create',
      'a2b-account-update',
      'conflict'
    ]);
    expect(unknown).toEqual([]);
    expect(selectScenarios(all, ['b2a']).selected.map((scenario) => scenario.id)).toEqual([
      'b2a-account-create'
    ]);
  });

  it('reports tokens that match nothing', () => {
    expect(selectScenarios(all, ['a2', 'nope']).unknown).toEqual(['a2', 'nope']);
  });
});
