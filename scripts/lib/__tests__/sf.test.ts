import { FakeSf, ok } from '../../org/__tests__/fakes';
import { localBin, REPO_ROOT, run } from '../proc';
import { isExpectedError } from '../report';
import {
  assignPermissionSets,
  classifyDevHub,
  convertSource,
  createScratchOrg,
  createSfRunner,
  deleteScratchOrg,
  deploySource,
  describeDeployFailure,
  describePermsetFailure,
  DEV_HUB_MISSING_MESSAGE,
  DevHubMissingError,
  findDefaultDevHub,
  isDevHubMissing,
  openOrg,
  parseEnvelope,
  requireDevHub,
  runAnonymousApex,
  runApexTests,
  SfCliError,
  sfJson
} from '../sf';

jest.mock('../proc', () => {
  const actual = jest.requireActual<typeof import('../proc')>('../proc');
  return { ...actual, run: jest.fn() };
});

/** The exact JSON `sf org create scratch --json` prints when no Dev Hub is set. */
const NO_DEV_HUB = {
  name: 'NoDefaultDevHubError',
  message: 'No default dev hub found. Use -v or --target-dev-hub to specify an environment.',
  exitCode: 1,
  context: 'OrgCreateScratch',
  stack: 'NoDefaultDevHubError: No default dev hub found.\n    at SfCommandError.from (...)',
  cause: 'undefined',
  warnings: [],
  code: 'NoDefaultDevHubError',
  status: 1,
  commandName: 'OrgCreateScratch'
};

async function caught(promise: Promise<unknown>): Promise<Error> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof Error) return error;
  }
  throw new Error('expected a rejection');
}

describe('DEV_HUB_MISSING_MESSAGE', () => {
  it('is one line telling the reader how to authorise a Dev Hub', () => {
    expect(DEV_HUB_MISSING_MESSAGE).toBe(
      'No Dev Hub is authorised: run `sf org login web --set-default-dev-hub --alias DevHub` ' +
        '(in CI: `sf org login jwt --set-default-dev-hub --username <user> --jwt-key-file <key> ' +
        '--client-id <id>`), then re-run.'
    );
    expect(DEV_HUB_MISSING_MESSAGE).not.toContain('\n');
  });
});

describe('error mapping', () => {
  it('maps NoDefaultDevHubError from the CLI to DevHubMissingError with the guidance text', async () => {
    const sf = new FakeSf({ 'org create scratch': { envelope: NO_DEV_HUB } });
    const error = await caught(
      createScratchOrg(sf, {
        definitionFile: 'config/project-scratch-def.json',
        alias: 'crosswalk',
        durationDays: 7,
        waitMinutes: 15,
        setDefault: true
      })
    );
    expect(error).toBeInstanceOf(DevHubMissingError);
    expect(error.message).toBe(DEV_HUB_MISSING_MESSAGE);
    expect(isExpectedError(error)).toBe(true);
  });

  it.each([
    [{ name: 'NoDefaultDevHubError' }],
    [{ name: 'NoDefaultDevHub' }],
    [{ name: 'NoDevHubError' }],
    [{ code: 'NoDevHubFound' }],
    [{ name: 'SfError', message: 'No default dev hub found.' }],
    [{ name: 'Error', message: 'There is no Dev Hub configured for this project.' }]
  ])('recognises %j as a missing Dev Hub', (envelope) => {
    expect(isDevHubMissing(envelope)).toBe(true);
  });

  it.each([
    [{ name: 'NamedOrgNotFoundError', message: 'No authorization information found for x.' }],
    [{ name: 'Error', message: 'The Dev Hub has reached its daily scratch org limit.' }],
    [{}]
  ])('does not treat %j as a missing Dev Hub', (envelope) => {
    expect(isDevHubMissing(envelope)).toBe(false);
  });

  it('turns other CLI errors into one-line SfCliErrors carrying name and status', async () => {
    const sf = new FakeSf({
      'apex run': {
        envelope: {
          status: 1,
          name: 'executeRuntimeFailure',
          message: 'Execution failed at this code:\n\nSystem.NullPointerException: boom',
          warnings: []
        }
      }
    });
    const error = await caught(runAnonymousApex(sf, 'x.apex', 'crosswalk'));
    expect(error).toBeInstanceOf(SfCliError);
    expect(error.message).toBe(
      'sf apex run: Execution failed at this code: System.NullPointerException: boom'
    );
    expect(error).toMatchObject({ errorName: 'executeRuntimeFailure', exitCode: 1 });
  });

  it('falls back to the exit code when a failure carries no message', async () => {
    const sf = new FakeSf({ 'org delete scratch': { envelope: { status: 1 } } });
    await expect(deleteScratchOrg(sf, 'gone')).rejects.toThrow(
      'sf org delete scratch: failed with exit code 1'
    );
  });

  it('fails when the process exit code disagrees with a zero status', async () => {
    const sf = new FakeSf({ 'org open': { envelope: { status: 0, result: {} }, code: 2 } });
    await expect(openOrg(sf, { targetOrg: 'x', path: '/', urlOnly: true })).rejects.toThrow(
      'sf org open: failed with exit code 2'
    );
  });

  it('reports output that is not JSON with its first line', async () => {
    const sf = new FakeSf({
      'org open': { raw: { code: 127, stdout: '', stderr: '\nsf: command not found\n' } }
    });
    await expect(openOrg(sf, { targetOrg: 'x', path: '/', urlOnly: false })).rejects.toThrow(
      'sf org open printed no JSON (exit code 127): sf: command not found'
    );
    const silent = new FakeSf({ 'org open': { raw: { code: 1, stdout: '', stderr: '' } } });
    await expect(openOrg(silent, { targetOrg: 'x', path: '/', urlOnly: false })).rejects.toThrow(
      'sf org open printed no JSON (exit code 1)'
    );
  });
});

describe('parseEnvelope', () => {
  const envelope = JSON.stringify({ status: 0, result: { url: 'u' }, warnings: ['w', 3] }, null, 2);

  it('reads the envelope from stdout, ignoring notices around it', () => {
    expect(
      parseEnvelope({
        code: 0,
        stdout: `Warning: update available\n${envelope}\nnotice\n`,
        stderr: ''
      })
    ).toEqual({
      status: 0,
      result: { url: 'u' },
      warnings: ['w'],
      name: undefined,
      code: undefined,
      message: undefined
    });
  });

  it('falls back to stderr, where older CLIs print errors', () => {
    expect(
      parseEnvelope({ code: 1, stdout: 'x', stderr: '{"status":1,"message":"m"}' })
    ).toMatchObject({ status: 1, message: 'm', warnings: [] });
  });

  it('returns undefined for broken or non-envelope JSON', () => {
    expect(parseEnvelope({ code: 1, stdout: '{ nope', stderr: '[1]' })).toBeUndefined();
    expect(parseEnvelope({ code: 1, stdout: '{"result":1}', stderr: '' })).toBeUndefined();
  });
});

describe('sfJson', () => {
  it('always adds --json and accepts listed non-zero exit codes', async () => {
    const sf = new FakeSf({ 'apex run test': { envelope: { status: 100, result: { a: 1 } } } });
    await expect(
      sfJson(sf, ['apex', 'run', 'test'], { okExitCodes: [100] })
    ).resolves.toMatchObject({
      status: 100
    });
    expect(sf.calls[0]).toEqual(['apex', 'run', 'test', '--json']);
    await expect(sfJson(sf, ['apex', 'run', 'test'])).rejects.toThrow(SfCliError);
  });
});

describe('failure descriptions', () => {
  it('names failed components of a deploy, preferring files', () => {
    expect(
      describeDeployFailure({
        status: 'Failed',
        files: [
          { state: 'Changed', type: 'ApexClass', fullName: 'A' },
          {
            state: 'Failed',
            type: 'ApexClass',
            fullName: 'B',
            error: 'Variable does not exist: x (3:5)'
          },
          {
            state: 'Failed',
            type: 'ApexClass',
            fullName: 'B',
            error: 'Variable does not exist: x (3:5)'
          }
        ]
      })
    ).toBe('deploy failed: ApexClass B: Variable does not exist: x (3:5)');
  });

  it('reads componentFailures, single or listed, and counts the rest', () => {
    const failure = (n: number): Record<string, string> => ({
      componentType: 'CustomField',
      fullName: `F${n}`,
      problem: `bad ${n}`
    });
    expect(describeDeployFailure({ details: { componentFailures: failure(1) } })).toBe(
      'deploy failed: CustomField F1: bad 1'
    );
    expect(
      describeDeployFailure({ details: { componentFailures: [1, 2, 3, 4, 5].map(failure) } })
    ).toBe(
      'deploy failed: CustomField F1: bad 1; CustomField F2: bad 2; CustomField F3: bad 3 (+2 more)'
    );
  });

  it('falls back to the deploy status, or nothing', () => {
    expect(describeDeployFailure({ status: 'Canceled' })).toBe('deploy Canceled');
    expect(describeDeployFailure({})).toBeUndefined();
    expect(describeDeployFailure('nope')).toBeUndefined();
  });

  it('describes permission set failures', () => {
    expect(
      describePermsetFailure({
        successes: [],
        failures: [{ name: 'u@x.com', message: 'Permission set XwAdmin not found' }, { name: 'u' }]
      })
    ).toBe('permission set assignment failed: Permission set XwAdmin not found; unknown error');
    expect(describePermsetFailure({ failures: [] })).toBeUndefined();
    expect(describePermsetFailure(null)).toBeUndefined();
  });
});

describe('typed commands', () => {
  it('converts source and returns the location', async () => {
    const sf = new FakeSf({ 'project convert source': ok({ location: '/abs/dist/package' }) });
    await expect(convertSource(sf, 'force-app', 'dist/package')).resolves.toBe('/abs/dist/package');
    expect(sf.calls[0]).toEqual([
      'project',
      'convert',
      'source',
      '--root-dir',
      'force-app',
      '--output-dir',
      'dist/package',
      '--json'
    ]);
    await expect(convertSource(new FakeSf(), 'force-app', 'out')).resolves.toBe('out');
  });

  it('creates a scratch org with every flag', async () => {
    const sf = new FakeSf({
      'org create scratch': ok({ username: 'test-1@example.com', orgId: '00D1' })
    });
    await expect(
      createScratchOrg(sf, {
        definitionFile: 'def.json',
        alias: 'a',
        durationDays: 7,
        waitMinutes: 15,
        setDefault: true
      })
    ).resolves.toEqual({ username: 'test-1@example.com', orgId: '00D1' });
    expect(sf.calls[0]).toEqual([
      'org',
      'create',
      'scratch',
      '--definition-file',
      'def.json',
      '--alias',
      'a',
      '--duration-days',
      '7',
      '--set-default',
      '--wait',
      '15',
      '--json'
    ]);
    const quiet = new FakeSf();
    await expect(
      createScratchOrg(quiet, {
        definitionFile: 'd',
        alias: 'b',
        durationDays: 1,
        waitMinutes: 1,
        setDefault: false
      })
    ).resolves.toEqual({ username: 'b', orgId: '' });
    expect(quiet.calls[0]).not.toContain('--set-default');
  });

  it('deploys and counts components, describing failures', async () => {
    const sf = new FakeSf({ 'project deploy start': ok({ numberComponentsDeployed: 4 }) });
    await expect(
      deploySource(sf, { sourceDir: 'force-app', targetOrg: 'a', waitMinutes: 30 })
    ).resolves.toBe(4);
    const files = new FakeSf({ 'project deploy start': ok({ files: [{}, {}] }) });
    await expect(
      deploySource(files, { sourceDir: 'f', targetOrg: 'a', waitMinutes: 1 })
    ).resolves.toBe(2);
    const failing = new FakeSf({
      'project deploy start': {
        envelope: {
          status: 1,
          result: {
            status: 'Failed',
            files: [{ state: 'Failed', type: 'ApexClass', fullName: 'X', error: 'bad' }]
          }
        }
      }
    });
    await expect(
      deploySource(failing, { sourceDir: 'f', targetOrg: 'a', waitMinutes: 1 })
    ).rejects.toThrow('sf project deploy start: deploy failed: ApexClass X: bad');
  });

  it('assigns every permission set in one call', async () => {
    const sf = new FakeSf();
    await assignPermissionSets(sf, ['XwAdmin', 'XwIntegration'], 'a');
    expect(sf.calls[0]).toEqual([
      'org',
      'assign',
      'permset',
      '--name',
      'XwAdmin',
      '--name',
      'XwIntegration',
      '--target-org',
      'a',
      '--json'
    ]);
  });

  it('runs Apex tests with coverage and opens orgs', async () => {
    const sf = new FakeSf({ 'org open': ok({ url: 'https://x/lightning/n/XwAdmin' }) });
    await runApexTests(sf, { targetOrg: 'a', waitMinutes: 60 });
    expect(sf.calls[0]).toEqual([
      'apex',
      'run',
      'test',
      '--test-level',
      'RunLocalTests',
      '--code-coverage',
      '--result-format',
      'json',
      '--wait',
      '60',
      '--target-org',
      'a',
      '--json'
    ]);
    await expect(openOrg(sf, { targetOrg: 'a', path: '/p', urlOnly: true })).resolves.toBe(
      'https://x/lightning/n/XwAdmin'
    );
    expect(sf.calls[1]).toEqual([
      'org',
      'open',
      '--target-org',
      'a',
      '--path',
      '/p',
      '--url-only',
      '--json'
    ]);
    await expect(
      openOrg(new FakeSf(), { targetOrg: 'a', path: '/p', urlOnly: false })
    ).resolves.toBe('');
  });
});

describe('Dev Hub check', () => {
  it('classifies the configured Dev Hub', () => {
    expect(classifyDevHub(undefined, undefined, false)).toEqual({ state: 'none' });
    expect(classifyDevHub('DevHub', 'hub@x.com', false)).toEqual({
      state: 'unauthorised',
      name: 'DevHub'
    });
    expect(classifyDevHub('DevHub', 'hub@x.com', true)).toEqual({
      state: 'ok',
      name: 'DevHub',
      username: 'hub@x.com'
    });
  });

  it('throws DevHubMissingError when none is configured or authorised', async () => {
    await expect(requireDevHub(async () => ({ state: 'none' }))).rejects.toThrow(
      DevHubMissingError
    );
    await expect(
      requireDevHub(async () => ({ state: 'unauthorised', name: 'DevHub' }))
    ).rejects.toThrow(DEV_HUB_MISSING_MESSAGE);
  });

  it('describes a usable Dev Hub, and lets the CLI decide when the check itself broke', async () => {
    await expect(
      requireDevHub(async () => ({ state: 'ok', name: 'DevHub', username: 'hub@x.com' }))
    ).resolves.toBe('DevHub (hub@x.com)');
    await expect(
      requireDevHub(async () => ({ state: 'ok', name: 'hub@x.com', username: 'hub@x.com' }))
    ).resolves.toBe('hub@x.com');
    await expect(
      requireDevHub(async () => ({ state: 'unknown', reason: 'bad\nconfig' }))
    ).resolves.toBe('not checked locally (bad config); the CLI will check');
  });

  it('reads SF_TARGET_DEV_HUB through @salesforce/core and finds no auth for an unknown alias', async () => {
    const saved = process.env.SF_TARGET_DEV_HUB;
    process.env.SF_TARGET_DEV_HUB = 'xw-no-such-dev-hub-for-tests';
    try {
      await expect(findDefaultDevHub(REPO_ROOT)).resolves.toEqual({
        state: 'unauthorised',
        name: 'xw-no-such-dev-hub-for-tests'
      });
    } finally {
      if (saved === undefined) delete process.env.SF_TARGET_DEV_HUB;
      else process.env.SF_TARGET_DEV_HUB = saved;
    }
  }, 20000);

  it('reports a broken lookup as unknown instead of failing', async () => {
    jest.doMock('@salesforce/core', () => ({
      ConfigAggregator: { create: () => Promise.reject(new Error('corrupt config.json')) }
    }));
    try {
      await expect(findDefaultDevHub(REPO_ROOT)).resolves.toEqual({
        state: 'unknown',
        reason: 'corrupt config.json'
      });
    } finally {
      jest.dontMock('@salesforce/core');
    }
  });
});

describe('createSfRunner', () => {
  it('runs the local sf binary in the repo root with telemetry disabled', async () => {
    const mocked = jest.mocked(run);
    mocked.mockResolvedValue({ code: 0, stdout: '{"status":0}', stderr: '' });
    await createSfRunner().exec(['org', 'list', '--json']);
    expect(mocked).toHaveBeenCalledWith(localBin('sf'), ['org', 'list', '--json'], {
      cwd: REPO_ROOT,
      env: expect.objectContaining({ SF_DISABLE_TELEMETRY: 'true' })
    });
  });
});
