import { existsSync } from 'node:fs';
import { DEV_HUB_MISSING_MESSAGE } from '../../lib/sf';
import { BROKEN_TOKEN, e2e, parseRemoteType, splitList } from '../e2e';
import { FakeWorld, fakeE2eDeps, type FakeE2eDeps } from './e2e-fakes';
import { FakeSf, ok, type FakeReply } from './fakes';

const FAST = [
  '--latency-limit',
  '30',
  '--quiet-seconds',
  '10',
  '--initial-sync-records',
  '20',
  '--poll-seconds',
  '2'
];

function happySf(
  extra: Record<string, FakeReply | ((args: readonly string[]) => FakeReply)> = {}
): FakeSf {
  return new FakeSf({
    'org create scratch': (args) =>
      ok({
        username: `${args[args.indexOf('--alias') + 1] ?? ''}@example.com`,
        orgId: '00D000000000001'
      }),
    'project deploy start': ok({ numberComponentsDeployed: 12 }),
    'org display': (args) =>
      ok({ username: `admin-${args[args.indexOf('--target-org') + 1] ?? ''}@example.com` }),
    'org create user': (args) =>
      ok({
        fields: {
          username: `${args[args.indexOf('--set-alias') + 1] ?? ''}@example.com`,
          id: '005X'
        }
      }),
    ...extra
  });
}

function failing(message: string, name = 'DeployFailed'): FakeReply {
  return { envelope: { status: 1, name, message, warnings: [] } };
}

function deletedAliases(sf: FakeSf): string[] {
  return sf.calls
    .filter((args) => args.slice(0, 3).join(' ') === 'org delete scratch')
    .map((args) => args[args.indexOf('--target-org') + 1] ?? '')
    .sort();
}

function everything(deps: FakeE2eDeps): string {
  return [...deps.out.lines, ...deps.out.errors].join('\n');
}

const BOTH = ['xw-e2e-run1-a', 'xw-e2e-run1-b'];

describe('npm run e2e', () => {
  it('sets up two orgs, runs every scenario, prints the timing table and deletes both orgs', async () => {
    const sf = happySf();
    const world = new FakeWorld();
    const deps = fakeE2eDeps(sf, world);
    await expect(e2e(FAST, deps)).resolves.toBe(0);

    expect(sf.commands()).toEqual([
      'org create scratch',
      'org create scratch',
      'project deploy start',
      'project deploy start',
      'org assign permset',
      'org assign permset',
      'project deploy start',
      'project deploy start',
      'org assign permset',
      'org assign permset',
      'org display',
      'org display',
      'project deploy start',
      'project deploy start',
      'org create user',
      'org create user',
      'apex run',
      'apex run',
      'org delete scratch',
      'org delete scratch'
    ]);
    const create = sf.argsOf('org create scratch') ?? [];
    expect(create).toEqual(
      expect.arrayContaining(['--alias', 'xw-e2e-run1-a', '--duration-days', '1'])
    );
    expect(create).not.toContain('--set-default');
    expect(deletedAliases(sf)).toEqual(BOTH);
    // Credentials and the delivery subscriber's running user, in each org.
    expect(sf.calls.filter((args) => args.includes('--metadata-dir'))).toHaveLength(4);
    expect(sf.argsOf('org create user')).toEqual(
      expect.arrayContaining([
        'profileName=Standard User',
        'permsets=XwIntegration,XwE2eSyncedObjects'
      ])
    );

    // Each org calls the other with the other org's integration-user token.
    const adminA = deps.clients.get('xw-e2e-run1-a');
    const adminB = deps.clients.get('xw-e2e-run1-b');
    expect(adminA?.inserted.map((insert) => insert.sobject)).toEqual([
      'Account',
      'XwConnection__c',
      'XwObjectMapping__c',
      'XwFieldMapping__c',
      'XwRelationMapping__c'
    ]);
    expect(adminA?.inserted[0]?.records).toHaveLength(20);
    expect(adminB?.inserted[0]?.sobject).toBe('XwConnection__c');
    // Both sides use RestJson (the other org's inbound endpoint) and the same connection key.
    for (const insert of [adminA?.inserted[1], adminB?.inserted[0]]) {
      expect(insert?.records[0]).toMatchObject({
        RemoteType__c: 'RestJson',
        ConfigKey__c: 'xw-e2e-peer'
      });
    }
    expect(world.a.actions.filter((action) => action.startsWith('setRemoteToken'))).toEqual([
      'setRemoteToken create',
      'setRemoteToken replace',
      'setRemoteToken replace'
    ]);
    expect(world.a.token).toBe(FakeWorld.tokenOf('b'));
    expect(world.b.token).toBe(FakeWorld.tokenOf('a'));

    const output = everything(deps);
    expect(output).toContain(
      'XwE2eRemote in A calls https://b.scratch.example.com/services/apexrest/crosswalk, ' +
        'in B https://a.scratch.example.com/services/apexrest/crosswalk'
    );
    expect(output).toMatch(/Scenario +Result +Latency +Limit +Throughput +Detail/);
    expect(output).toMatch(/Initial sync of 20 Accounts A → B +✓ passed .* records\/h/);
    expect(output).toMatch(/✓ Run scenarios .*— 18 passed of 18 scenarios; latency median/);
    expect(output).toMatch(/✓ Delete scratch orgs .*— xw-e2e-run1-a, xw-e2e-run1-b/);
    expect(deps.out.lines[deps.out.lines.length - 1]).toMatch(/^✓ Two-org e2e passed: 18 passed/);
    expect(output).not.toContain('token-of-');
    expect(output).not.toContain(BROKEN_TOKEN);
    expect(deps.out.errors).toEqual([]);
    for (const dir of deps.tempDirs) expect(existsSync(dir)).toBe(false);
  });

  it('without a Dev Hub exits 1 with the same message as org:setup and creates nothing', async () => {
    const sf = happySf();
    const deps = fakeE2eDeps(sf, new FakeWorld(), { devHub: { state: 'none' } });
    await expect(e2e([], deps)).resolves.toBe(1);
    expect(sf.calls).toEqual([]);
    expect(deps.out.errors).toEqual([`✗ ${DEV_HUB_MISSING_MESSAGE}`]);
    expect(deps.out.lines.join('\n')).toMatch(/✗ Check Dev Hub/);
    expect(deps.out.lines.join('\n')).toMatch(/Create scratch orgs A and B +not run/);
  });

  it('deletes both orgs when a deploy fails', async () => {
    const sf = happySf({
      'project deploy start': (args) =>
        args.includes('xw-e2e-run1-b')
          ? failing('ApexClass XwDispatcher: Variable does not exist: Foo')
          : ok({ numberComponentsDeployed: 12 })
    });
    const deps = fakeE2eDeps(sf, new FakeWorld());
    await expect(e2e(FAST, deps)).resolves.toBe(1);
    expect(deletedAliases(sf)).toEqual(BOTH);
    expect(deps.out.errors).toEqual([
      '✗ sf project deploy start: ApexClass XwDispatcher: Variable does not exist: Foo'
    ]);
    expect(deps.out.lines.join('\n')).toMatch(/Run scenarios +not run/);
  });

  it('deletes the org that was created when the other could not be', async () => {
    const sf = happySf({
      'org create scratch': (args) =>
        args.includes('xw-e2e-run1-b')
          ? failing('The signup request failed: scratch org limit reached', 'ScratchOrgInfoError')
          : ok({ username: 'a@example.com', orgId: '00D' })
    });
    const deps = fakeE2eDeps(sf, new FakeWorld());
    await expect(e2e(FAST, deps)).resolves.toBe(1);
    expect(deletedAliases(sf)).toEqual(['xw-e2e-run1-a']);
    expect(deps.out.errors[0]).toMatch(/scratch org limit reached/);
  });

  it('fails when a scenario fails, prints its table, and still deletes both orgs', async () => {
    const sf = happySf();
    const deps = fakeE2eDeps(sf, new FakeWorld({ neverDeliver: true }));
    await expect(e2e([...FAST, '--only', 'a2b-account-update'], deps)).resolves.toBe(1);
    expect(deletedAliases(sf)).toEqual(BOTH);
    const output = everything(deps);
    expect(output).toMatch(/A → B: Account created +✗ timed out +30\.0s +no Account/);
    expect(output).toMatch(/A → B: Account updated +- skipped/);
    expect(deps.out.errors).toEqual(['✗ 2 of 2 scenarios did not pass (table above)']);
    // Without the initial sync selected, nothing is seeded.
    expect(output).toMatch(/- Seed Accounts in A — initial-sync scenario not selected/);
  });

  it('deletes both orgs before an unexpected error propagates', async () => {
    const sf = happySf();
    const deps = fakeE2eDeps(sf, new FakeWorld());
    deps.connect = async () => {
      throw new TypeError('boom');
    };
    await expect(e2e(FAST, deps)).rejects.toThrow('boom');
    expect(deletedAliases(sf)).toEqual(BOTH);
  });

  it('reports an org it could not delete with the command to do it by hand', async () => {
    const sf = happySf({
      'org delete scratch': (args) =>
        args.includes('xw-e2e-run1-a')
          ? failing('No authorization information found', 'NamedOrgNotFound')
          : ok()
    });
    const deps = fakeE2eDeps(sf, new FakeWorld());
    await expect(e2e([...FAST, '--only', 'conflict'], deps)).resolves.toBe(1);
    expect(deps.out.errors).toEqual([
      "✗ could not delete scratch org 'xw-e2e-run1-a' (sf org delete scratch: No authorization information found); " +
        'delete it with: sf org delete scratch --target-org xw-e2e-run1-a --no-prompt'
    ]);
    expect(deps.out.lines.join('\n')).toMatch(/✗ Delete scratch orgs .*— xw-e2e-run1-b/);
  });

  it('keeps the orgs with --keep and says how to delete them', async () => {
    const sf = happySf();
    const deps = fakeE2eDeps(sf, new FakeWorld());
    await expect(e2e([...FAST, '--only', 'echo', '--keep'], deps)).resolves.toBe(0);
    expect(deletedAliases(sf)).toEqual([]);
    expect(deps.out.lines).toContain(
      "Kept scratch org 'xw-e2e-run1-a'; delete it with: sf org delete scratch --target-org xw-e2e-run1-a --no-prompt"
    );
  });

  it('can let each org write as its admin instead of a new integration user', async () => {
    const sf = happySf();
    const world = new FakeWorld();
    const deps = fakeE2eDeps(sf, world);
    await expect(
      e2e([...FAST, '--only', 'retry', '--admin-as-integration-user'], deps)
    ).resolves.toBe(0);
    expect(sf.commands()).not.toContain('org create user');
    expect(deps.out.lines).toContain('- Create integration users — --admin-as-integration-user');
    expect(world.a.token).toBe(FakeWorld.tokenOf('b'));
  });

  it('points the credentials at the other org itself for SalesforceOrg connections', async () => {
    const sf = happySf();
    const deps = fakeE2eDeps(sf, new FakeWorld());
    await expect(
      e2e([...FAST, '--only', 'echo', '--remote-type', 'salesforceorg'], deps)
    ).resolves.toBe(0);
    expect(deps.out.lines.join('\n')).toContain(
      'XwE2eRemote in A calls https://b.scratch.example.com, in B https://a.scratch.example.com'
    );
    const connection = deps.clients.get('xw-e2e-run1-a')?.inserted[0]?.records[0];
    expect(connection).toMatchObject({ RemoteType__c: 'SalesforceOrg' });
  });

  it('stops at an interrupt and still deletes what it created', async () => {
    const controller = new AbortController();
    const sf = happySf();
    const deps = fakeE2eDeps(sf, new FakeWorld(), { signal: controller.signal });
    const connect = deps.connect.bind(deps);
    deps.connect = async (alias, label) => {
      controller.abort();
      return connect(alias, label);
    };
    await expect(e2e(FAST, deps)).resolves.toBe(1);
    expect(deps.out.errors).toEqual(['✗ interrupted']);
    expect(deletedAliases(sf)).toEqual(BOTH);
  });

  it('lists the scenarios without touching any org', async () => {
    const sf = happySf();
    const deps = fakeE2eDeps(sf, new FakeWorld());
    await expect(e2e(['--list', '--initial-sync-records', '0'], deps)).resolves.toBe(0);
    const output = deps.out.lines.join('\n');
    expect(output).toMatch(/^Scenario +Title +Limit +Needs/);
    expect(output).toMatch(/a2b-account-update +A → B: Account updated +2m 0s +a2b-account-create/);
    expect(output).not.toContain('initial-sync');
    expect(sf.calls).toEqual([]);
  });

  it('prints usage with --help', async () => {
    const deps = fakeE2eDeps(happySf(), new FakeWorld());
    await expect(e2e(['--help'], deps)).resolves.toBe(0);
    expect(deps.out.lines[0]).toMatch(/^Usage: npm run e2e -- \[flags\]/);
    expect(deps.out.lines[0]).toContain('--admin-as-integration-user');
  });

  it('rejects unknown scenarios and remote types with one line', async () => {
    const deps = fakeE2eDeps(happySf(), new FakeWorld());
    await expect(e2e(['--only', 'a2b,nope'], deps)).rejects.toThrow(
      "unknown scenario 'nope' (see --list)"
    );
    await expect(e2e(['--remote-type', 'Soap'], deps)).rejects.toThrow(
      "--remote-type must be RestJson or SalesforceOrg, got 'Soap'"
    );
    expect(parseRemoteType('salesforceorg')).toBe('SalesforceOrg');
    expect(splitList(' a, b ,,c')).toEqual(['a', 'b', 'c']);
    expect(splitList(undefined)).toEqual([]);
  });
});
