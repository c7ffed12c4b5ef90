// `npm run package:version`: build an unlocked package version of Crosswalk in the Dev Hub.
// Creates the package the first time (when sfdx-project.json has no alias for it), creates a
// version with code coverage, records both ids in sfdx-project.json's packageAliases and prints
// the install URLs and commands.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { formatUsage, parseArgs, type FlagSpecs } from '../lib/args';
import { ExpectedError, isExpectedError, oneLine, runMain, StepRunner } from '../lib/report';
import { isRecord, resultRecord, sfJson, stringField, type SfRunner } from '../lib/sf';
import { defaultDeps, type OrgDeps } from './deps';
import { buildLwc, checkDevHub } from './steps';

export const PROJECT_FILE = 'sfdx-project.json';
export const DEFAULT_VERSION_WAIT_MINUTES = 60;

export const PACKAGE_FLAGS = {
  'target-dev-hub': {
    kind: 'string',
    description: 'Dev Hub alias or username (default: the default Dev Hub)'
  },
  wait: {
    kind: 'number',
    description: 'minutes to wait for the version to be built',
    default: DEFAULT_VERSION_WAIT_MINUTES,
    min: 1
  }
} as const satisfies FlagSpecs;

export const PACKAGE_STEPS = {
  devHub: 'Check Dev Hub',
  build: 'Build LWC TypeScript',
  create: 'Create package',
  version: 'Create package version',
  aliases: 'Record package aliases'
} as const;

export interface PackageInfo {
  name: string;
  path: string;
  description: string;
}

// ---- sfdx-project.json ----

export type ProjectJson = Record<string, unknown>;

export function readProject(root: string): ProjectJson {
  let text: string;
  try {
    text = readFileSync(path.join(root, PROJECT_FILE), 'utf8');
  } catch {
    throw new ExpectedError(`${PROJECT_FILE} not found in ${root}`);
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    throw new ExpectedError(
      `${PROJECT_FILE} is not valid JSON: ${error instanceof Error ? error.message : String(error)}`
    );
  }
  if (!isRecord(parsed)) throw new ExpectedError(`${PROJECT_FILE} is not a JSON object`);
  return parsed;
}

export function writeProject(root: string, project: ProjectJson): void {
  writeFileSync(path.join(root, PROJECT_FILE), `${JSON.stringify(project, null, 2)}\n`);
}

/** The package of the default package directory (the one `sf package` commands build). */
export function defaultPackage(project: ProjectJson): PackageInfo {
  const directories = Array.isArray(project.packageDirectories)
    ? project.packageDirectories.filter(isRecord)
    : [];
  const directory = directories.find((entry) => entry.default === true) ?? directories[0];
  if (!directory || typeof directory.package !== 'string' || typeof directory.path !== 'string') {
    throw new ExpectedError(
      `${PROJECT_FILE}: the default package directory needs "package" and "path"`
    );
  }
  return {
    name: directory.package,
    path: directory.path,
    description:
      typeof directory.versionDescription === 'string' ? directory.versionDescription : ''
  };
}

export function packageAliases(project: ProjectJson): Record<string, string> {
  const aliases = isRecord(project.packageAliases) ? project.packageAliases : {};
  return Object.fromEntries(
    Object.entries(aliases).filter(
      (entry): entry is [string, string] => typeof entry[1] === 'string'
    )
  );
}

/** The project with these aliases added (or replaced); everything else kept as it was. */
export function withAliases(
  project: ProjectJson,
  added: Readonly<Record<string, string>>
): ProjectJson {
  return { ...project, packageAliases: { ...packageAliases(project), ...added } };
}

/** Re-reads the file (the CLI may have written it meanwhile) and adds the aliases. */
export function recordAliases(root: string, added: Readonly<Record<string, string>>): void {
  writeProject(root, withAliases(readProject(root), added));
}

/** "0.1.0.3" → "Crosswalk@0.1.0-3", the alias form the CLI itself uses. */
export function versionAlias(packageName: string, versionNumber: string): string {
  const [major = '0', minor = '0', patch = '0', build] = versionNumber.split('.');
  return `${packageName}@${major}.${minor}.${patch}${build ? `-${build}` : ''}`;
}

export function installUrl(subscriberVersionId: string, sandbox: boolean): string {
  const host = sandbox ? 'test.salesforce.com' : 'login.salesforce.com';
  return `https://${host}/packaging/installPackage.apexp?p0=${subscriberVersionId}`;
}

// ---- sf package commands ----

function devHubArgs(devHub: string | undefined): string[] {
  return devHub ? ['--target-dev-hub', devHub] : [];
}

/** `sf package create` for an unlocked package without namespace; returns the 0Ho id. */
export async function createPackage(
  sf: SfRunner,
  info: PackageInfo,
  devHub: string | undefined
): Promise<string> {
  const envelope = await sfJson(sf, [
    'package',
    'create',
    '--name',
    info.name,
    '--package-type',
    'Unlocked',
    '--path',
    info.path,
    '--no-namespace',
    ...(info.description ? ['--description', info.description] : []),
    ...devHubArgs(devHub)
  ]);
  const id = stringField(resultRecord(envelope), 'Id');
  if (!id) throw new ExpectedError('sf package create returned no package id');
  return id;
}

export interface VersionResult {
  requestId: string;
  status: string;
  subscriberVersionId: string;
  versionNumber: string;
  codeCoverage: number | undefined;
  passedCoverage: boolean | undefined;
}

export async function createPackageVersion(
  sf: SfRunner,
  packageName: string,
  waitMinutes: number,
  devHub: string | undefined
): Promise<VersionResult> {
  const envelope = await sfJson(sf, [
    'package',
    'version',
    'create',
    '--package',
    packageName,
    '--installation-key-bypass',
    '--code-coverage',
    '--wait',
    String(waitMinutes),
    ...devHubArgs(devHub)
  ]);
  const result = resultRecord(envelope);
  const text = (key: string): string => stringField(result, key) ?? '';
  return {
    requestId: text('Id'),
    status: text('Status'),
    subscriberVersionId: text('SubscriberPackageVersionId'),
    versionNumber: text('VersionNumber'),
    codeCoverage: typeof result.CodeCoverage === 'number' ? result.CodeCoverage : undefined,
    passedCoverage:
      typeof result.HasPassedCodeCoverageCheck === 'boolean'
        ? result.HasPassedCodeCoverageCheck
        : undefined
  };
}

/** The "major.minor.patch.build" of a version, for when the create result leaves it out. */
export async function reportVersionNumber(
  sf: SfRunner,
  subscriberVersionId: string,
  devHub: string | undefined
): Promise<string> {
  const envelope = await sfJson(sf, [
    'package',
    'version',
    'report',
    '--package',
    subscriberVersionId,
    ...devHubArgs(devHub)
  ]);
  return stringField(resultRecord(envelope), 'Version') ?? '';
}

// ---- the command ----

export async function packageVersion(argv: readonly string[], deps: OrgDeps): Promise<number> {
  const { flags, help } = parseArgs(argv, PACKAGE_FLAGS);
  if (help) {
    deps.out.line(formatUsage('npm run package:version --', PACKAGE_FLAGS));
    return 0;
  }
  const devHub = flags['target-dev-hub'];
  const steps = new StepRunner(deps.out, deps.clock);
  let version: VersionResult | undefined;
  let alias = '';

  try {
    const info = defaultPackage(readProject(deps.root));
    deps.out.line(`Crosswalk unlocked package version of '${info.name}' from ${info.path}/`);
    if (devHub) steps.skip(PACKAGE_STEPS.devHub, `--target-dev-hub ${devHub}`);
    else
      await steps.run(PACKAGE_STEPS.devHub, async (step) => step.detail(await checkDevHub(deps)));
    // The package holds the compiled LWC .js, so build before the CLI reads the source.
    await steps.run(PACKAGE_STEPS.build, async (step) => step.detail(await buildLwc(deps)));

    const existing = packageAliases(readProject(deps.root))[info.name];
    if (existing) {
      steps.skip(PACKAGE_STEPS.create, `${info.name} = ${existing} in ${PROJECT_FILE}`);
    } else {
      await steps.run(PACKAGE_STEPS.create, async (step) => {
        const id = await createPackage(deps.sf, info, devHub);
        recordAliases(deps.root, { [info.name]: id });
        step.detail(`${info.name} = ${id} (unlocked, no namespace)`);
      });
    }

    version = await steps.run(PACKAGE_STEPS.version, async (step) => {
      const result = await createPackageVersion(deps.sf, info.name, flags.wait, devHub);
      if (result.status !== 'Success' || !result.subscriberVersionId) {
        throw new ExpectedError(
          `the version request ${result.requestId} is ${result.status || 'unknown'} after ` +
            `${flags.wait} minutes; follow it with: sf package version create report ` +
            `--package-create-request-id ${result.requestId}`
        );
      }
      step.detail(result.subscriberVersionId);
      return result;
    });

    const created = version;
    alias = await steps.run(PACKAGE_STEPS.aliases, async (step) => {
      const number =
        created.versionNumber ||
        (await reportVersionNumber(deps.sf, created.subscriberVersionId, devHub));
      const key = number ? versionAlias(info.name, number) : `${info.name}@latest`;
      recordAliases(deps.root, { [key]: created.subscriberVersionId });
      step.detail(`${key} in ${PROJECT_FILE}`);
      return key;
    });
  } catch (error) {
    if (!isExpectedError(error)) throw error;
    steps.notRun(Object.values(PACKAGE_STEPS));
    return steps.finish([oneLine(error.message)]);
  }

  const id = version.subscriberVersionId;
  const coverage =
    version.codeCoverage === undefined
      ? 'code coverage not reported'
      : `code coverage ${version.codeCoverage}%` +
        (version.passedCoverage === false ? ' (below 75%: cannot be promoted)' : '');
  return steps.finish(
    [],
    [
      '',
      `✓ Package version ${alias} = ${id}, ${coverage}.`,
      `  Install in a sandbox or scratch org: ${installUrl(id, true)}`,
      `  Install in production (promoted versions only): ${installUrl(id, false)}`,
      `  Or: sf package install --package ${id} --target-org <org> --wait 20 --no-prompt`,
      `  Promote for production: sf package version promote --package ${id}`
    ]
  );
}

if (require.main === module) {
  void runMain(() => packageVersion(process.argv.slice(2), defaultDeps()));
}
