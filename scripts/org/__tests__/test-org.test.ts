import { DEV_HUB_MISSING_MESSAGE } from '../../lib/sf';
import { testOrg } from '../test-org';
import { apexTestEnvelope, fakeDeps, FakeSf, ok, type FakeReply } from './fakes';

const PASSING = apexTestEnvelope({
  tests: [{ name: 'XwKillSwitchTest.enabledByDefault' }, { name: 'XwKillSwitchTest.canDisable' }],
  orgWideCoverage: '95%'
});

const FAILING = apexTestEnvelope({
  tests: [
    { name: 'XwKillSwitchTest.enabledByDefault' },
    {
      name: 'XwKillSwitchTest.canDisable',
      outcome: 'Fail',
      message: 'System.AssertException: Assertion Failed: Expected: false, Actual: true',
      stack:
        'Class.XwKillSwitchTest.canDisable: line 14, column 1\nClass.XwKillSwitch.check: line 3'
    }
  ],
  orgWideCoverage: '93%'
});

function sfWith(testReply: FakeReply, extra: Record<string, FakeReply> = {}): FakeSf {
  return new FakeSf({
    'org create scratch': ok({ username: 'test-run@example.com', orgId: '00D2' }),
    'apex run test': testReply,
    ...extra
  });
}

describe('test:org', () => {
  it('creates, deploys, tests and deletes a scratch org, passing on green tests', async () => {
    const sf = sfWith({ envelope: PASSING });
    const deps = fakeDeps(sf, '/repo');
    await expect(testOrg([], deps)).resolves.toBe(0);
    expect(sf.commands()).toEqual([
      'org create scratch',
      'project deploy start',
      'org assign permset',
      'apex run test',
      'org delete scratch'
    ]);
    // The admin running the tests holds the package's permission sets, as in a real install.
    expect(sf.argsOf('org assign permset')).toEqual(
      expect.arrayContaining(['--name', 'XwAdmin', '--name', 'XwIntegration'])
    );
    expect(sf.argsOf('org create scratch')).not.toContain('--set-default');
    expect(sf.argsOf('org create scratch')).toEqual(
      expect.arrayContaining(['--alias', 'crosswalk-test', '--duration-days', '1'])
    );
    expect(sf.argsOf('org delete scratch')).toEqual([
      'org',
      'delete',
      'scratch',
      '--target-org',
      'crosswalk-test',
      '--no-prompt',
      '--json'
    ]);
    expect(deps.out.lines).toContain('✓ Check results — 2 tests, 0 failed, coverage 95%');
    expect(deps.out.errors).toEqual([]);
  });

  it('prints a failure table, fails, and still deletes the org', async () => {
    const sf = sfWith({ envelope: FAILING });
    const deps = fakeDeps(sf, '/repo');
    await expect(testOrg([], deps)).resolves.toBe(1);
    expect(sf.commands()).toContain('org delete scratch');
    const output = deps.out.lines.join('\n');
    expect(output).toMatch(/Test +Message +Where/);
    expect(output).toMatch(
      /XwKillSwitchTest\.canDisable +System\.AssertException: Assertion Failed: Expected: false, Actual: true +Class\.XwKillSwitchTest\.canDisable: line 14, column 1/
    );
    expect(deps.out.lines).toContain('✗ Check results — 2 tests, 1 failed, coverage 93%');
    expect(deps.out.errors).toEqual(['✗ 1 of 2 tests failed']);
  });

  it('fails on coverage below --min-coverage', async () => {
    const sf = sfWith({ envelope: PASSING });
    const deps = fakeDeps(sf, '/repo');
    await expect(testOrg(['--min-coverage', '96'], deps)).resolves.toBe(1);
    expect(deps.out.errors).toEqual(['✗ org-wide coverage 95% is below the 96% minimum']);
  });

  it('deletes the scratch org even when the test run throws unexpectedly', async () => {
    const sf = sfWith({ throws: new Error('socket hang up') });
    const deps = fakeDeps(sf, '/repo');
    await expect(testOrg([], deps)).rejects.toThrow('socket hang up');
    expect(sf.commands()).toEqual([
      'org create scratch',
      'project deploy start',
      'org assign permset',
      'apex run test',
      'org delete scratch'
    ]);
  });

  it('deletes the scratch org when the CLI reports an error, and shows that error', async () => {
    const sf = sfWith({
      envelope: { status: 1, name: 'TimeoutError', message: 'The client has timed out.' }
    });
    const deps = fakeDeps(sf, '/repo');
    await expect(testOrg([], deps)).resolves.toBe(1);
    expect(sf.commands()[sf.commands().length - 1]).toBe('org delete scratch');
    expect(deps.out.errors).toEqual(['✗ sf apex run test: The client has timed out.']);
    expect(deps.out.lines).toContain('✓ Delete scratch org (0.5s) — crosswalk-test');
  });

  it('reports a failed delete as its own problem', async () => {
    const sf = sfWith(
      { envelope: PASSING },
      { 'org delete scratch': { envelope: { status: 1, message: 'Expired access/refresh token' } } }
    );
    const deps = fakeDeps(sf, '/repo');
    await expect(testOrg([], deps)).resolves.toBe(1);
    expect(deps.out.errors).toEqual([
      "✗ could not delete scratch org 'crosswalk-test' (sf org delete scratch: Expired access/refresh token); " +
        'delete it with: sf org delete scratch --target-org crosswalk-test --no-prompt'
    ]);
  });

  it('uses --target-org as is: no Dev Hub check, no create, no delete', async () => {
    const sf = sfWith({ envelope: PASSING });
    const deps = fakeDeps(sf, '/repo', { state: 'none' });
    await expect(testOrg(['--target-org', 'crosswalk'], deps)).resolves.toBe(0);
    expect(sf.commands()).toEqual(['project deploy start', 'apex run test']);
    expect(sf.argsOf('apex run test')).toEqual(
      expect.arrayContaining(['--target-org', 'crosswalk'])
    );
  });

  it('can skip the deploy for a given org, and refuses to without one', async () => {
    const sf = sfWith({ envelope: PASSING });
    const deps = fakeDeps(sf, '/repo');
    await expect(testOrg(['--target-org', 'x', '--skip-deploy'], deps)).resolves.toBe(0);
    expect(sf.commands()).toEqual(['apex run test']);
    await expect(testOrg(['--skip-deploy'], deps)).resolves.toBe(1);
    expect(deps.out.errors).toEqual(['✗ --skip-deploy needs --target-org']);
  });

  it('keeps the scratch org with --keep and says how to delete it', async () => {
    const sf = sfWith({ envelope: FAILING });
    const deps = fakeDeps(sf, '/repo');
    await expect(testOrg(['--keep', '--alias', 'dbg'], deps)).resolves.toBe(1);
    expect(sf.commands()).not.toContain('org delete scratch');
    expect(deps.out.lines).toContain(
      "Kept scratch org 'dbg'; delete it with: sf org delete scratch --target-org dbg --no-prompt"
    );
  });

  it('stops with the Dev Hub guidance, creating nothing and deleting nothing', async () => {
    const sf = sfWith({ envelope: PASSING });
    const deps = fakeDeps(sf, '/repo', { state: 'unauthorised', name: 'DevHub' });
    await expect(testOrg([], deps)).resolves.toBe(1);
    expect(sf.calls).toEqual([]);
    expect(deps.out.errors).toEqual([`✗ ${DEV_HUB_MISSING_MESSAGE}`]);
  });

  it('prints usage for --help', async () => {
    const deps = fakeDeps(new FakeSf(), '/repo');
    await expect(testOrg(['-h'], deps)).resolves.toBe(0);
    expect(deps.out.lines[0]).toMatch(/^Usage: npm run test:org -- \[flags\]\n.*--min-coverage/s);
  });
});
