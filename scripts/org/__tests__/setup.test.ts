import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { REPO_ROOT } from '../../lib/proc';
import { DEV_HUB_MISSING_MESSAGE } from '../../lib/sf';
import { PERMISSION_SETS, SUBSCRIBER_CONFIG_DIR, SUBSCRIBER_CONFIG_TEMPLATE } from '../constants';
import { setup } from '../setup';
import {
  commandOf,
  convertWriting,
  fakeDeps,
  FakeSf,
  ok,
  tempRepo,
  type FakeReply,
  type TempRepo
} from './fakes';

const FULL_RUN = [
  'project convert source',
  'org create scratch',
  'project deploy start',
  'org assign permset',
  'org display',
  'project deploy start',
  'apex run',
  'apex run',
  'org open'
];

let repo: TempRepo;
beforeEach(() => {
  repo = tempRepo();
  repo.addFile('force-app/main/admin-app/lwc/xwStatusBadge/xwStatusBadge.ts', 'export {};');
  repo.addFile('force-app/main/admin-app/lwc/xwStatusBadge/__tests__/xwStatusBadge.test.ts');
  // The real template, so the test renders exactly what org:setup deploys.
  repo.addFile(
    SUBSCRIBER_CONFIG_TEMPLATE,
    readFileSync(path.join(REPO_ROOT, SUBSCRIBER_CONFIG_TEMPLATE), 'utf8')
  );
});
afterEach(() => repo.cleanup());

function happySf(): FakeSf {
  return new FakeSf({
    'project convert source': convertWriting(repo.root),
    'org create scratch': ok({ username: 'test-xw@example.com', orgId: '00D000000000001' }),
    'project deploy start': ok({ numberComponentsDeployed: 4 }),
    'org display': ok({ username: 'test-xw@example.com', alias: 'crosswalk' }),
    'org open': ok({ url: 'https://xw.scratch.my.salesforce.com/lightning/n/XwAdmin' })
  });
}

/** Every file of a metadata folder the fake CLI was asked to deploy, read at deploy time. */
function readFolder(dir: string): Map<string, string> {
  const files = new Map<string, string>();
  for (const entry of readdirSync(dir, { recursive: true, encoding: 'utf8' }).sort()) {
    const full = path.join(dir, entry);
    try {
      files.set(entry.split(path.sep).join('/'), readFileSync(full, 'utf8'));
    } catch {
      // a folder
    }
  }
  return files;
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
    expect(sf.calls.filter((args) => commandOf(args) === 'project deploy start')[1]).toEqual([
      'project',
      'deploy',
      'start',
      '--metadata-dir',
      SUBSCRIBER_CONFIG_DIR,
      '--target-org',
      'crosswalk',
      '--wait',
      '30',
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
    expect(lines).toContain(
      '✓ Run delivery as the integration user (0.5s) — delivery requests run as test-xw@example.com'
    );
    expect(lines).toContain('✓ Open admin app (0.5s) — opened in the browser');
    expect(lines.join('\n')).toMatch(/Step +Result +Time +Detail/);
    expect(lines[lines.length - 1]).toBe("✓ Scratch org 'crosswalk' is ready.");
  });

  it('deploys the delivery subscriber config with the admin as its running user', async () => {
    const deployed: Map<string, string>[] = [];
    const deploy = (args: readonly string[]): FakeReply => {
      const metadataDir = args.indexOf('--metadata-dir');
      if (metadataDir !== -1)
        deployed.push(readFolder(path.join(repo.root, args[metadataDir + 1] ?? '')));
      return ok({ numberComponentsDeployed: 1 });
    };
    const sf = new FakeSf({
      'project convert source': convertWriting(repo.root),
      'org create scratch': ok({ username: 'admin+xw@example.com' }),
      'project deploy start': deploy,
      'org display': ok({ username: 'admin+xw@example.com' })
    });
    const deps = fakeDeps(sf, repo.root);
    await expect(setup(['--no-open', '--alias', 'xw3'], deps)).resolves.toBe(0);

    expect(sf.argsOf('org display')).toEqual(['org', 'display', '--target-org', 'xw3', '--json']);
    expect(deployed).toHaveLength(1);
    const files = deployed[0] ?? new Map<string, string>();
    expect([...files.keys()]).toEqual([
      'PlatformEventSubscriberConfigs/XwDeliveryRequestSubscriber.platformEventSubscriberConfig',
      'package.xml'
    ]);
    const config =
      files.get(
        'PlatformEventSubscriberConfigs/XwDeliveryRequestSubscriber.platformEventSubscriberConfig'
      ) ?? '';
    expect(config).toContain(
      '<platformEventConsumer>XwDeliveryRequestDispatch</platformEventConsumer>'
    );
    expect(config).toContain('<user>admin+xw@example.com</user>');
    expect(config).not.toContain('{{');
    expect(files.get('package.xml')).toContain('<name>PlatformEventSubscriberConfig</name>');
    expect(files.get('package.xml')).toContain('<members>XwDeliveryRequestSubscriber</members>');
    // The permission sets are assigned first: the running user already holds XwIntegration.
    const commands = sf.commands();
    expect(commands.indexOf('org assign permset')).toBeLessThan(commands.indexOf('org display'));
  });

  it('stops with one readable line when the org has no username to run delivery as', async () => {
    const sf = new FakeSf({
      'project convert source': convertWriting(repo.root),
      'org display': ok({})
    });
    const deps = fakeDeps(sf, repo.root);
    await expect(setup(['--no-open'], deps)).resolves.toBe(1);
    expect(deps.out.errors).toEqual(['✗ sf org display: no username for crosswalk']);
    expect(deps.out.lines.join('\n')).toMatch(/Load sample configuration +not run/);
    expect(sf.commands()).not.toContain('apex run');
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
