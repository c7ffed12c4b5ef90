import { captureOutput } from '../../lib/report';
import { runScenarios, type ScenarioResult } from '../e2e/runner';
import {
  buildScenarios,
  bulkPrefix,
  conflictScenario,
  crudScenarios,
  echoScenario,
  initialSyncScenario,
  parseSalesforceTime,
  retryScenario,
  touchScenario,
  type E2eEnv,
  type ScenarioLimits
} from '../e2e/scenarios';
import { FakeWorld, type WorldOptions } from './e2e-fakes';

const LIMITS: ScenarioLimits = { latencyMs: 30_000, initialSyncMs: 600_000, quietMs: 20_000 };

interface Harness {
  world: FakeWorld;
  env: E2eEnv;
  credentialCalls: string[];
}

function harness(options: WorldOptions = {}, bulk = 0): Harness {
  const world = new FakeWorld(options);
  const credentialCalls: string[] = [];
  const prefix = bulkPrefix('run1');
  for (let index = 0; index < bulk; index += 1) {
    world.a.write(world.a.newId('Account'), 'Account', { Name: `${prefix}${index}` }, false);
  }
  const env: E2eEnv = {
    orgs: { a: world.a, b: world.b },
    connections: {
      a: { connectionId: 'a00A00000000001AAA', mappingIds: { Account: 'a01A00000000001AAA' } },
      b: { connectionId: 'a00B00000000001AAA', mappingIds: { Account: 'a01B00000000001AAA' } }
    },
    credentials: {
      async break(side) {
        credentialCalls.push(`break ${side}`);
        world[side].token = 'wrong';
      },
      async restore(side) {
        credentialCalls.push(`restore ${side}`);
        world[side].token = FakeWorld.tokenOf(side === 'a' ? 'b' : 'a');
      }
    },
    runId: 'run1',
    records: new Map(),
    bulk: { count: bulk, prefix }
  };
  return { world, env, credentialCalls };
}

async function run(
  h: Harness,
  scenarios: ReturnType<typeof buildScenarios>
): Promise<ScenarioResult[]> {
  const { results } = await runScenarios(scenarios, h.env, {
    clock: h.world.clock,
    sleep: h.world.sleep,
    pollMs: 2000,
    out: captureOutput()
  });
  return results;
}

function statuses(results: readonly ScenarioResult[]): Record<string, string> {
  return Object.fromEntries(results.map((result) => [result.id, result.status]));
}

describe('e2e scenarios against a healthy pair of orgs', () => {
  it('pass, each with a measured latency', async () => {
    const h = harness({}, 50);
    const results = await run(h, buildScenarios(LIMITS, 50));
    expect(results.filter((result) => result.status !== 'passed')).toEqual([]);
    expect(results.map((result) => result.id)).toEqual([
      'a2b-account-create',
      'a2b-account-update',
      'a2b-contact-create',
      'a2b-contact-update',
      'a2b-contact-delete',
      'a2b-account-delete',
      'b2a-account-create',
      'b2a-account-update',
      'b2a-contact-create',
      'b2a-contact-update',
      'b2a-contact-delete',
      'b2a-account-delete',
      'files-file',
      'files-attachment',
      'echo',
      'conflict',
      'retry',
      'initial-sync'
    ]);
    for (const result of results) expect(result.latencyMs).toBeGreaterThan(0);
    const initial = results.find((result) => result.id === 'initial-sync');
    expect(initial?.recordsPerHour).toBeGreaterThan(0);
    expect(initial?.detail).toMatch(/^50 records in /);
  });

  it('create the Contact in the other org under the copy of its Account', async () => {
    const h = harness();
    await run(h, crudScenarios('a', LIMITS).slice(0, 3));
    const ids = h.env.records;
    const contactInB = await h.world.b.get('Contact', ids.get('a2b-contact')?.b ?? '');
    expect(contactInB?.fields.AccountId).toBe(ids.get('a2b-account')?.b);
    expect(contactInB?.fields.LastName).toBe('XW-E2E-run1-a2b-contact');
    expect(contactInB?.fields.Email).toBe('xw-e2e-run1-a2b-contact@example.com');
  });

  it('hold delivery for the conflict, then make both connections real-time again', async () => {
    const h = harness();
    const [result] = await run(h, [conflictScenario(LIMITS)]);
    expect(result?.status).toBe('passed');
    expect(result?.detail).toMatch(/on Phone; B's value kept$/);
    expect(h.world.a.actions).toEqual([
      'updateConnection {"Frequency__c":"Manual"}',
      'syncNow',
      'updateConnection {"Frequency__c":"RealTime"}'
    ]);
    expect(h.world.b.state.frequency).toBe('RealTime');
  });

  it('break the credential, see the failure, repair, retry and deliver', async () => {
    const h = harness();
    const [result] = await run(h, [retryScenario(LIMITS)]);
    expect(result?.status).toBe('passed');
    expect(result?.detail).toBe(
      'first failed (Auth: Session expired or invalid), delivered after the repair'
    );
    expect(h.credentialCalls).toEqual(['break a', 'restore a']);
    expect(h.world.a.actions).toEqual(['verifyConnection', 'retryErrors 1', 'syncNow']);
  });
});

describe('e2e scenarios catch a broken sync', () => {
  it('time out when nothing is delivered, and skip what depends on it', async () => {
    const h = harness({ neverDeliver: true });
    const results = await run(h, crudScenarios('a', LIMITS));
    expect(statuses(results)).toEqual({
      'a2b-account-create': 'timed out',
      'a2b-account-update': 'skipped',
      'a2b-contact-create': 'skipped',
      'a2b-contact-update': 'skipped',
      'a2b-contact-delete': 'skipped',
      'a2b-account-delete': 'skipped'
    });
    expect(results[0]?.detail).toBe(
      "no Account Name='XW-E2E-run1-a2b-account' in org B with Phone=+1 555 0100 after 30.0s"
    );
  });

  it('fail the echo scenario when a change bounces between the orgs', async () => {
    const h = harness({ echo: true });
    const [result] = await run(h, [echoScenario(LIMITS)]);
    expect(result?.status).toBe('failed');
    expect(result?.detail).toMatch(
      /^echo: in the 20\.0s after the change arrived A's copy was written \d+ more time\(s\) and B's \d+/
    );
  });

  it('pass the echo scenario and report B sent nothing back', async () => {
    const h = harness();
    const [result] = await run(h, [echoScenario(LIMITS)]);
    expect(result?.detail).toBe('no further writes in 20.0s; B outbox row: none');
  });

  it('time out the file scenarios when files do not touch the parent', async () => {
    const h = harness({ noTouch: true });
    const results = await run(h, [
      touchScenario('file', LIMITS),
      touchScenario('attachment', LIMITS)
    ]);
    expect(results.map((result) => result.status)).toEqual(['timed out', 'timed out']);
    expect(results[0]?.detail).toMatch(/^no a new SystemModstamp on the Account in A after/);
    expect(results[1]?.detail).toMatch(/^no a new SystemModstamp on the Contact in A after/);
  });

  it('time out the conflict scenario when the remote overwrites instead, and still restore', async () => {
    const h = harness({ noConflicts: true });
    const [result] = await run(h, [conflictScenario(LIMITS)]);
    expect(result?.status).toBe('timed out');
    expect(h.world.a.state.frequency).toBe('RealTime');
    expect(h.world.b.state.frequency).toBe('RealTime');
  });

  it('restore the credential even when no failure was ever recorded', async () => {
    const h = harness({ neverDeliver: true });
    const [result] = await run(h, [retryScenario(LIMITS)]);
    expect(result?.status).toBe('timed out');
    expect(result?.detail).toMatch(/^no a recorded delivery failure in org A after/);
    expect(h.credentialCalls).toEqual(['break a', 'restore a']);
  });

  it('fail the retry scenario when the change got through a wrong token', async () => {
    const h = harness();
    h.env.credentials = { break: async () => undefined, restore: async () => undefined };
    // A failure is reported once the record has already reached B anyway.
    h.world.a.openErrors = async () =>
      (await h.world.b.countWithPrefix('Account', 'XW-E2E-run1-retry'))
        ? [
            {
              id: 'a0E000000000001AAA',
              recordId: 'x',
              category: 'Auth',
              message: 'x',
              status: 'Open'
            }
          ]
        : [];
    const [result] = await run(h, [retryScenario(LIMITS)]);
    expect(result).toMatchObject({
      status: 'failed',
      detail: 'the Account reached B although A had a wrong token'
    });
  });

  it('fail the initial sync when its run fails, with the counts', async () => {
    const h = harness({ failInitialSync: true }, 10);
    const [result] = await run(h, [initialSyncScenario(10, LIMITS)]);
    expect(result?.status).toBe('failed');
    expect(result?.detail).toBe(
      'the initial sync run ended Failed at 5/10 (0 failed) with 10 of 10 in B'
    );
  });

  it('leave out the initial sync when no records are seeded', () => {
    expect(buildScenarios(LIMITS, 0).map((scenario) => scenario.id)).not.toContain('initial-sync');
  });
});

describe('parseSalesforceTime', () => {
  it('reads the +0000 offset Salesforce prints', () => {
    expect(parseSalesforceTime('2025-06-15T10:00:00.000+0000')).toBe(
      Date.parse('2025-06-15T10:00:00.000Z')
    );
    expect(parseSalesforceTime('2025-06-15T10:00:00.000+0130')).toBe(
      Date.parse('2025-06-15T08:30:00.000Z')
    );
  });
});
