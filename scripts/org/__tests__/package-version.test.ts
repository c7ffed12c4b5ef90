import { readFileSync } from 'node:fs';
import path from 'node:path';
import { DEV_HUB_MISSING_MESSAGE } from '../../lib/sf';
import {
  defaultPackage,
  installUrl,
  packageVersion,
  readProject,
  versionAlias,
  withAliases
} from '../package-version';
import { fakeDeps, FakeSf, ok, tempRepo, type FakeReply, type TempRepo } from './fakes';

const PROJECT = {
  packageDirectories: [
    {
      path: 'force-app',
      default: true,
      package: 'Crosswalk',
      versionName: 'Crosswalk 0.1',
      versionNumber: '0.1.0.NEXT',
      versionDescription: 'Two-way record sync'
    }
  ],
  name: 'crosswalk',
  namespace: '',
  sourceApiVersion: '65.0',
  packageAliases: {} as Record<string, string>
};

const VERSION_OK = ok({
  Id: '08cXX0000000001AAA',
  Status: 'Success',
  Package2Id: '0HoXX0000000001AAA',
  SubscriberPackageVersionId: '04tXX0000000001AAA',
  VersionNumber: '0.1.0.3',
  CodeCoverage: 91,
  HasPassedCodeCoverageCheck: true
});

let repo: TempRepo;
beforeEach(() => {
  repo = tempRepo();
  repo.addFile('sfdx-project.json', JSON.stringify(PROJECT, null, 2));
});
afterEach(() => repo.cleanup());

function project(): Record<string, unknown> {
  return JSON.parse(readFileSync(path.join(repo.root, 'sfdx-project.json'), 'utf8')) as Record<
    string,
    unknown
  >;
}

function sfWith(version: FakeReply = VERSION_OK, extra: Record<string, FakeReply> = {}): FakeSf {
  return new FakeSf({
    'package create': ok({ Id: '0HoXX0000000001AAA' }),
    'package version create': version,
    ...extra
  });
}

describe('package:version', () => {
  it('creates the package when it has no alias, then a version, and records both aliases', async () => {
    const sf = sfWith();
    const deps = fakeDeps(sf, repo.root);
    await expect(packageVersion([], deps)).resolves.toBe(0);

    expect(sf.commands()).toEqual(['package create', 'package version create']);
    expect(sf.argsOf('package create')).toEqual([
      'package',
      'create',
      '--name',
      'Crosswalk',
      '--package-type',
      'Unlocked',
      '--path',
      'force-app',
      '--no-namespace',
      '--description',
      'Two-way record sync',
      '--json'
    ]);
    expect(sf.argsOf('package version create')).toEqual([
      'package',
      'version',
      'create',
      '--package',
      'Crosswalk',
      '--installation-key-bypass',
      '--code-coverage',
      '--wait',
      '60',
      '--json'
    ]);
    expect(project().packageAliases).toEqual({
      Crosswalk: '0HoXX0000000001AAA',
      'Crosswalk@0.1.0-3': '04tXX0000000001AAA'
    });
    // Everything else in the file is kept.
    expect(project().packageDirectories).toEqual(PROJECT.packageDirectories);
    expect(deps.out.lines).toContain(
      '✓ Package version Crosswalk@0.1.0-3 = 04tXX0000000001AAA, code coverage 91%.'
    );
    expect(deps.out.lines).toContain(
      '  Install in a sandbox or scratch org: https://test.salesforce.com/packaging/installPackage.apexp?p0=04tXX0000000001AAA'
    );
    expect(deps.out.lines).toContain(
      '  Install in production (promoted versions only): https://login.salesforce.com/packaging/installPackage.apexp?p0=04tXX0000000001AAA'
    );
    expect(deps.out.errors).toEqual([]);
  });

  it('reuses an existing package alias and keeps aliases the CLI wrote itself', async () => {
    repo.addFile(
      'sfdx-project.json',
      JSON.stringify(
        withAliases(PROJECT, { Crosswalk: '0HoOLD000000001AAA', 'Crosswalk@0.1.0-2': '04tOLD' })
      )
    );
    const sf = sfWith();
    const deps = fakeDeps(sf, repo.root, undefined);
    await expect(packageVersion(['--target-dev-hub', 'MyHub', '--wait', '30'], deps)).resolves.toBe(
      0
    );
    expect(sf.commands()).toEqual(['package version create']);
    expect(sf.argsOf('package version create')).toEqual(
      expect.arrayContaining(['--wait', '30', '--target-dev-hub', 'MyHub'])
    );
    expect(project().packageAliases).toEqual({
      Crosswalk: '0HoOLD000000001AAA',
      'Crosswalk@0.1.0-2': '04tOLD',
      'Crosswalk@0.1.0-3': '04tXX0000000001AAA'
    });
    expect(deps.out.lines).toContain('- Check Dev Hub — --target-dev-hub MyHub');
    expect(deps.out.lines).toContain(
      '- Create package — Crosswalk = 0HoOLD000000001AAA in sfdx-project.json'
    );
  });

  it('asks for the version number when the create result has none, and flags low coverage', async () => {
    const sf = sfWith(
      ok({
        Id: '08c1',
        Status: 'Success',
        SubscriberPackageVersionId: '04tXX0000000002AAA',
        VersionNumber: null,
        CodeCoverage: 60,
        HasPassedCodeCoverageCheck: false
      }),
      { 'package version report': ok({ Version: '0.1.0.4' }) }
    );
    const deps = fakeDeps(sf, repo.root);
    await expect(packageVersion([], deps)).resolves.toBe(0);
    expect(sf.argsOf('package version report')).toEqual([
      'package',
      'version',
      'report',
      '--package',
      '04tXX0000000002AAA',
      '--json'
    ]);
    expect(project().packageAliases).toMatchObject({ 'Crosswalk@0.1.0-4': '04tXX0000000002AAA' });
    expect(deps.out.lines).toContain(
      '✓ Package version Crosswalk@0.1.0-4 = 04tXX0000000002AAA, code coverage 60% (below 75%: cannot be promoted).'
    );
  });

  it('fails with the command to follow a version that is still being built', async () => {
    const sf = sfWith(
      ok({ Id: '08cXX0000000009AAA', Status: 'InProgress', SubscriberPackageVersionId: null })
    );
    const deps = fakeDeps(sf, repo.root);
    await expect(packageVersion([], deps)).resolves.toBe(1);
    expect(deps.out.errors).toEqual([
      '✗ the version request 08cXX0000000009AAA is InProgress after 60 minutes; follow it with: ' +
        'sf package version create report --package-create-request-id 08cXX0000000009AAA'
    ]);
    expect(project().packageAliases).toEqual({ Crosswalk: '0HoXX0000000001AAA' });
  });

  it('fails with the CLI message when the version cannot be built', async () => {
    const sf = sfWith({
      envelope: {
        status: 1,
        name: 'MultipleErrorsError',
        message: 'Multiple errors occurred:\n(1) XwDispatcher: Variable does not exist: Foo',
        warnings: []
      }
    });
    const deps = fakeDeps(sf, repo.root);
    await expect(packageVersion([], deps)).resolves.toBe(1);
    expect(deps.out.errors).toEqual([
      '✗ sf package version create: Multiple errors occurred: (1) XwDispatcher: Variable does not exist: Foo'
    ]);
    expect(deps.out.lines.join('\n')).toMatch(/Record package aliases +not run/);
  });

  it('without a Dev Hub exits 1 with the setup message and calls no CLI command', async () => {
    const sf = sfWith();
    const deps = fakeDeps(sf, repo.root, { state: 'none' });
    await expect(packageVersion([], deps)).resolves.toBe(1);
    expect(sf.calls).toEqual([]);
    expect(deps.out.errors).toEqual([`✗ ${DEV_HUB_MISSING_MESSAGE}`]);
  });

  it('fails when the package create result has no id', async () => {
    const sf = sfWith(VERSION_OK, { 'package create': ok({}) });
    const deps = fakeDeps(sf, repo.root);
    await expect(packageVersion([], deps)).resolves.toBe(1);
    expect(deps.out.errors).toEqual(['✗ sf package create returned no package id']);
  });

  it('prints usage with --help', async () => {
    const deps = fakeDeps(sfWith(), repo.root);
    await expect(packageVersion(['--help'], deps)).resolves.toBe(0);
    expect(deps.out.lines[0]).toMatch(/^Usage: npm run package:version -- \[flags\]/);
  });
});

describe('sfdx-project.json helpers', () => {
  it('needs a default package directory with a package name', () => {
    expect(defaultPackage(PROJECT)).toEqual({
      name: 'Crosswalk',
      path: 'force-app',
      description: 'Two-way record sync'
    });
    expect(() => defaultPackage({ packageDirectories: [{ path: 'force-app' }] })).toThrow(
      'sfdx-project.json: the default package directory needs "package" and "path"'
    );
    expect(defaultPackage({ packageDirectories: [{ path: 'x', package: 'P' }] }).description).toBe(
      ''
    );
  });

  it('reports a missing or malformed project file', () => {
    expect(() => readProject(path.join(repo.root, 'nowhere'))).toThrow(
      'sfdx-project.json not found'
    );
    repo.addFile('sfdx-project.json', '[]');
    expect(() => readProject(repo.root)).toThrow('sfdx-project.json is not a JSON object');
    repo.addFile('sfdx-project.json', '{ "name": ');
    expect(() => readProject(repo.root)).toThrow(/^sfdx-project.json is not valid JSON: /);
  });

  it('builds version aliases and install URLs', () => {
    expect(versionAlias('Crosswalk', '1.2.3.4')).toBe('Crosswalk@1.2.3-4');
    expect(versionAlias('Crosswalk', '1.2.3')).toBe('Crosswalk@1.2.3');
    expect(installUrl('04t1', false)).toBe(
      'https://login.salesforce.com/packaging/installPackage.apexp?p0=04t1'
    );
    expect(withAliases({ packageAliases: { a: '1', bad: 2 } }, { b: '2' })).toEqual({
      packageAliases: { a: '1', b: '2' }
    });
  });
});
