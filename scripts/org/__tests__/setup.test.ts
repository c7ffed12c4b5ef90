import { DEV_HUB_MISSING_MESSAGE } from '../../lib/sf';
import { PERMISSION_SETS } from '../constants';
import { setup } from '../setup';
import { convertWriting, fakeDeps, FakeSf, ok, tempRepo, type TempRepo } from './fakes';

const FULL_RUN = [
  'project convert source',
  'org create scratch',
  'project deploy start',
  'org assign permset',
  'apex run',
  'apex run',
  'org open'
];

let repo: TempRepo;
beforeEach(() => {
  repo = tempRepo();
  repo.addFile('force-app/main/admin-app/lwc/xwStatusBadge/xwStatusBadge.ts', 'export {};');
  repo.addFile('force-app/main/admin-app/lwc/xwStatusBadge/__tests__/xwStatusBadge.test.ts');
});
afterEach(() => repo.cleanup());

function happySf(): FakeSf {
  return new FakeSf({
    'project convert source': convertWriting(repo.root),
    'org create scratch': ok({ username: 'test-xw@example.com', orgId: '00D000000000001' }),
    'project deploy start': ok({ numberComponentsDeployed: 4 }),
    'org open': ok({ url: 'https://xw.scratch.my.salesforce.com/lightning/n/XwAdmin' })
  });
}

/** No line of output may look like a stack frame. */
function expectNoStack(lines: readonly string[]): void {
  for (const line of lines.join('\n').split('\n')) expect(line).not.toMatch(/^\s+at\s/);
}

describe('org:setup', () => {
  it('runs every step in order and ends with a summary', async () => {
    const sf = happySf();
    const deps = fakeDeps(sf, repo.root);
    await expect(setup([], deps)).resolves.toBe(0);

    expect(deps.procCalls).toEqual([
      {
        command: expect.stringMatching(/node_modules[\\/]\.bin[\\/]tsc$/),
        args: ['-p', 'force-app/main/admin-app/lwc/tsconfig.build.json']
      }
    ]);
    expect(sf.commands()).toEqual(FULL_RUN);
    expect(sf.argsOf('org create scratch')).toEqual([
      'org',
      'create',
      'scratch',
      '--definition-file',
      'config/project-scratch-def.json',
      '--alias',
      'crosswalk',
      '--duration-days',
      '7',
      '--set-default',
      '--wait',
      '15',
      '--json'
    ]);
    expect(sf.argsOf('project deploy start')).toEqual([
      'project',
      'deploy',
      'start',
      '--source-dir',
      'force-app',
      '--target-org',
      'crosswalk',
      '--wait',
      '30',
      '--json'
    ]);
    expect(sf.argsOf('org assign permset')).toEqual([
      'org',
      'assign',
      'permset',
      ...PERMISSION_SETS.flatMap((name) => ['--name', name]),
      '--target-org',
      'crosswalk',
      '--json'
    ]);
    expect(sf.calls.filter((args) => args[1] === 'run').map((args) => args[3])).toEqual([
      'scripts/org/apex/load-sample-config.apex',
      'scripts/org/apex/schedule-jobs.apex'
    ]);
    expect(sf.argsOf('org open')).toEqual([
      'org',
      'open',
      '--target-org',
      'crosswalk',
      '--path',
      '/lightning/n/XwAdmin',
      '--json'
    ]);

    const { lines, errors } = deps.out;
    expect(errors).toEqual([]);
    expect(lines).toContain('✓ Build LWC TypeScript (0.5s) — 1 file compiled');
    expect(lines).toContain(
      '✓ Convert source to metadata package (0.5s) — dist/package: 4 components: ApexClass 2, CustomField 1, CustomObject 1'
    );
    expect(lines).toContain('✓ Check Dev Hub (0.5s) — DevHub (hub@example.com)');
    expect(lines).toContain(
      '✓ Create scratch org (0.5s) — crosswalk = test-xw@example.com, expires in 7 days'
    );
    expect(lines).toContain('✓ Deploy force-app (0.5s) — 4 components deployed to crosswalk');
    expect(lines).toContain('✓ Assign permission sets (0.5s) — XwAdmin, XwIntegration');
    expect(lines).toContain('✓ Open admin app (0.5s) — opened in the browser');
    expect(lines.join('\n')).toMatch(/Step +Result +Time +Detail/);
    expect(lines[lines.length - 1]).toBe("✓ Scratch org 'crosswalk' is ready.");
  });

  it('stops after build and convert with exit 1 and only the guidance line when no Dev Hub exists', async () => {
    const sf = happySf();
    const deps = fakeDeps(sf, repo.root, { state: 'none' });
    await expect(setup(['--no-open'], deps)).resolves.toBe(1);

    expect(deps.procCalls).toHaveLength(1);
    expect(sf.commands()).toEqual(['project convert source']);
    expect(deps.out.errors).toEqual([`✗ ${DEV_HUB_MISSING_MESSAGE}`]);
    expect(deps.out.lines).toContain('✗ Check Dev Hub (0.5s)');
    expect(deps.out.lines.join('\n')).toMatch(/Create scratch org +not run/);
    expectNoStack([...deps.out.lines, ...deps.out.errors]);
    expect(deps.out.lines.join('\n')).not.toContain('DevHubMissingError');
  });

  it('maps a NoDefaultDevHubError from the CLI to the same guidance', async () => {
    const sf = new FakeSf({
      'project convert source': convertWriting(repo.root),
      'org create scratch': {
        envelope: {
          status: 1,
          name: 'NoDefaultDevHubError',
          message: 'No default dev hub found. Use -v or --target-dev-hub to specify an environment.'
        }
      }
    });
    const deps = fakeDeps(sf, repo.root, { state: 'unknown', reason: 'config unreadable' });
    await expect(setup([], deps)).resolves.toBe(1);
    expect(sf.commands()).toEqual(['project convert source', 'org create scratch']);
    expect(deps.out.errors).toEqual([`✗ ${DEV_HUB_MISSING_MESSAGE}`]);
  });

  it('passes --alias and --duration-days through, skips opening with --no-open', async () => {
    const sf = happySf();
    const deps = fakeDeps(sf, repo.root);
    await expect(
      setup(['--alias', 'xw2', '--duration-days', '1', '--no-open'], deps)
    ).resolves.toBe(0);
    expect(sf.commands()).toEqual(FULL_RUN.slice(0, -1));
    expect(sf.argsOf('org create scratch')).toEqual(
      expect.arrayContaining(['--alias', 'xw2', '--duration-days', '1'])
    );
    expect(deps.out.lines).toContain('- Open admin app — --no-open');
    expect(deps.out.lines).toContain(
      '✓ Create scratch org (0.5s) — xw2 = test-xw@example.com, expires in 1 day'
    );
  });

  it('prints the URL instead of opening with --url-only', async () => {
    const sf = happySf();
    const deps = fakeDeps(sf, repo.root);
    await expect(setup(['--url-only'], deps)).resolves.toBe(0);
    expect(sf.argsOf('org open')).toContain('--url-only');
    expect(deps.out.lines).toContain('https://xw.scratch.my.salesforce.com/lightning/n/XwAdmin');
  });

  it('stops at the first failing CLI step with its message on one line', async () => {
    const sf = new FakeSf({
      'project convert source': convertWriting(repo.root),
      'project deploy start': {
        envelope: {
          status: 1,
          result: {
            status: 'Failed',
            files: [
              {
                state: 'Failed',
                type: 'ApexClass',
                fullName: 'XwKillSwitch',
                error: 'Unexpected token (4:1)'
              }
            ]
          }
        }
      }
    });
    const deps = fakeDeps(sf, repo.root);
    await expect(setup([], deps)).resolves.toBe(1);
    expect(sf.commands()).toEqual(FULL_RUN.slice(0, 3));
    expect(deps.out.errors).toEqual([
      '✗ sf project deploy start: deploy failed: ApexClass XwKillSwitch: Unexpected token (4:1)'
    ]);
  });

  it('fails before converting when tsc reports errors', async () => {
    const sf = happySf();
    const deps = fakeDeps(sf, repo.root, undefined, {
      code: 2,
      stdout:
        "xwStatusBadge/xwStatusBadge.ts(3,7): error TS2322: Type 'number' is not assignable to type 'string'.\n" +
        'xwStatusBadge/xwStatusBadge.ts(9,1): error TS1005: ; expected.\n',
      stderr: ''
    });
    await expect(setup([], deps)).resolves.toBe(1);
    expect(sf.calls).toEqual([]);
    expect(deps.out.errors).toEqual([
      "✗ tsc failed: xwStatusBadge/xwStatusBadge.ts(3,7): error TS2322: Type 'number' is not assignable to type 'string'. (+1 more)"
    ]);
  });

  it('skips the TypeScript build when there is nothing to compile', async () => {
    const empty = tempRepo();
    try {
      const sf = new FakeSf({ 'project convert source': convertWriting(empty.root) });
      const deps = fakeDeps(sf, empty.root, { state: 'none' });
      await expect(setup([], deps)).resolves.toBe(1);
      expect(deps.procCalls).toEqual([]);
      expect(deps.out.lines).toContain(
        '✓ Build LWC TypeScript (0.5s) — nothing to compile (no LWC .ts files yet)'
      );
    } finally {
      empty.cleanup();
    }
  });

  it('prints usage for --help and rejects unknown flags', async () => {
    const deps = fakeDeps(new FakeSf(), repo.root);
    await expect(setup(['--help'], deps)).resolves.toBe(0);
    expect(deps.out.lines[0]).toMatch(/^Usage: npm run org:setup -- \[flags\]\n/);
    await expect(setup(['--open'], deps)).rejects.toThrow(/^unknown flag --open/);
  });

  it('lets unexpected errors (bugs) propagate with their stack', async () => {
    const sf = new FakeSf({ 'project convert source': { throws: new TypeError('bug') } });
    await expect(setup([], fakeDeps(sf, repo.root))).rejects.toThrow(TypeError);
  });
});
