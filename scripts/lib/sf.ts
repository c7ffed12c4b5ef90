// Thin typed wrapper over the `sf` CLI: every call adds --json, parses the envelope and turns
// failures into one-line ExpectedErrors. Functions take an SfRunner so tests can pass fakes.
import { localBin, REPO_ROOT, run, type RunResult } from './proc';
import { ExpectedError, oneLine } from './report';

/** Runs `sf <args>` and returns the raw process result. */
export interface SfRunner {
  exec(args: readonly string[]): Promise<RunResult>;
}

export function createSfRunner(cwd: string = REPO_ROOT): SfRunner {
  return {
    exec: (args) =>
      run(localBin('sf'), args, {
        cwd,
        // Telemetry off (BRIEF), and no update checks or colour codes in machine output.
        env: { SF_DISABLE_TELEMETRY: 'true', SF_AUTOUPDATE_DISABLE: 'true', FORCE_COLOR: '0' }
      })
  };
}

/** The JSON envelope every `sf ... --json` command prints. */
export interface SfEnvelope {
  status: number;
  result?: unknown;
  name?: string;
  code?: string;
  message?: string;
  warnings: string[];
}

/** A CLI command failed; the message is the CLI's own, on one line. */
export class SfCliError extends ExpectedError {
  override readonly name = 'SfCliError';

  constructor(
    message: string,
    readonly errorName: string | undefined,
    readonly exitCode: number
  ) {
    super(message);
  }
}

export const DEV_HUB_MISSING_MESSAGE =
  'No Dev Hub is authorised: run `sf org login web --set-default-dev-hub --alias DevHub` ' +
  '(in CI: `sf org login jwt --set-default-dev-hub --username <user> --jwt-key-file <key> ' +
  '--client-id <id>`), then re-run.';

/** Creating a scratch org needs a Dev Hub and none is configured or authorised. */
export class DevHubMissingError extends ExpectedError {
  override readonly name = 'DevHubMissingError';

  constructor() {
    super(DEV_HUB_MISSING_MESSAGE);
  }
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The value at `key` when it is a string. */
export function stringField(record: Record<string, unknown>, key: string): string | undefined {
  const value = record[key];
  return typeof value === 'string' ? value : undefined;
}

/** XML-derived results hold a list as an array, or as a bare object when there is one item. */
export function asList(value: unknown): unknown[] {
  if (value === undefined || value === null) return [];
  return Array.isArray(value) ? value : [value];
}

/**
 * Finds the JSON envelope in a CLI result. It is on stdout, but older CLIs put errors on
 * stderr and stray notices can surround it, so both streams are tried.
 */
export function parseEnvelope(raw: RunResult): SfEnvelope | undefined {
  for (const text of [raw.stdout, raw.stderr]) {
    // The envelope is pretty-printed: it opens and closes with a brace at the start of a line.
    const start = text.search(/^\{/m);
    const end = text.lastIndexOf('\n}');
    if (start === -1) continue;
    try {
      const json = end > start ? text.slice(start, end + 2) : text.slice(start);
      const parsed: unknown = JSON.parse(json);
      if (isRecord(parsed) && typeof parsed.status === 'number') {
        const warnings = Array.isArray(parsed.warnings)
          ? parsed.warnings.filter((warning): warning is string => typeof warning === 'string')
          : [];
        return {
          status: parsed.status,
          result: parsed.result,
          name: stringField(parsed, 'name'),
          code: stringField(parsed, 'code'),
          message: stringField(parsed, 'message'),
          warnings
        };
      }
    } catch {
      // Not JSON after all; try the other stream.
    }
  }
  return undefined;
}

const DEV_HUB_NAME = /^(NoDefaultDevHub(Error)?|NoDevHub(Error|Found)?)$/i;
const DEV_HUB_MESSAGE = /\bno (default )?dev ?hub\b/i;

/** True when a CLI error means "there is no Dev Hub to use" (by error name or message). */
export function isDevHubMissing(envelope: Pick<SfEnvelope, 'name' | 'code' | 'message'>): boolean {
  return (
    DEV_HUB_NAME.test(envelope.name ?? '') ||
    DEV_HUB_NAME.test(envelope.code ?? '') ||
    DEV_HUB_MESSAGE.test(envelope.message ?? '')
  );
}

/** Turns a failed envelope into the error to throw: DevHubMissingError or an SfCliError. */
export function toSfError(
  envelope: SfEnvelope,
  command: string,
  describeFailure?: (result: unknown) => string | undefined
): ExpectedError {
  if (isDevHubMissing(envelope)) return new DevHubMissingError();
  // A command-specific description names the failing parts, so it beats a generic message.
  const message =
    describeFailure?.(envelope.result) ??
    envelope.message ??
    `failed with exit code ${envelope.status}`;
  return new SfCliError(`sf ${command}: ${oneLine(message)}`, envelope.name, envelope.status);
}

export interface SfJsonOptions {
  /** Exit codes that still carry a usable result (e.g. 100 for failing Apex tests). */
  okExitCodes?: readonly number[];
  /** Builds a message from `result` when a failed command gives none (deploys, permsets). */
  describeFailure?: (result: unknown) => string | undefined;
}

/** Runs `sf <args> --json` and returns its envelope, or throws a one-line ExpectedError. */
export async function sfJson(
  sf: SfRunner,
  args: readonly string[],
  options: SfJsonOptions = {}
): Promise<SfEnvelope> {
  const firstFlag = args.findIndex((arg) => arg.startsWith('-'));
  const command = args.slice(0, firstFlag === -1 ? undefined : firstFlag).join(' ');
  const raw = await sf.exec([...args, '--json']);
  const envelope = parseEnvelope(raw);
  if (!envelope) {
    const firstLine = `${raw.stderr}\n${raw.stdout}`.split('\n').find((line) => line.trim());
    throw new SfCliError(
      `sf ${command} printed no JSON (exit code ${raw.code})${firstLine ? `: ${firstLine.trim()}` : ''}`,
      undefined,
      raw.code
    );
  }
  const ok = [0, ...(options.okExitCodes ?? [])];
  if (!ok.includes(envelope.status) || !ok.includes(raw.code)) {
    throw toSfError(
      { ...envelope, status: envelope.status || raw.code },
      command,
      options.describeFailure
    );
  }
  return envelope;
}

/** The envelope's result when it is an object, else an empty one. */
export function resultRecord(envelope: SfEnvelope): Record<string, unknown> {
  return isRecord(envelope.result) ? envelope.result : {};
}

// ---- Dev Hub check (in-process, via @salesforce/core) ----

export type DevHubStatus =
  | { state: 'none' }
  | { state: 'unauthorised'; name: string }
  | { state: 'ok'; name: string; username: string }
  | { state: 'unknown'; reason: string };

export type DevHubLookup = () => Promise<DevHubStatus>;

/** Pure decision: the configured target-dev-hub (alias or username) and whether it has auth. */
export function classifyDevHub(
  configured: string | undefined,
  username: string | undefined,
  authorised: boolean
): DevHubStatus {
  if (!configured) return { state: 'none' };
  if (!username || !authorised) return { state: 'unauthorised', name: configured };
  return { state: 'ok', name: configured, username };
}

/**
 * Reads the default Dev Hub the way the CLI does (env SF_TARGET_DEV_HUB, project and global
 * config, aliases, auth files) without spawning it. @salesforce/core is loaded lazily so
 * scripts and tests that never need it do not pay for it.
 */
export async function findDefaultDevHub(projectPath: string = REPO_ROOT): Promise<DevHubStatus> {
  try {
    const core = await import('@salesforce/core');
    const config = await core.ConfigAggregator.create({ projectPath });
    const value = config.getPropertyValue(core.OrgConfigProperties.TARGET_DEV_HUB);
    const configured = typeof value === 'string' && value ? value : undefined;
    if (!configured) return classifyDevHub(undefined, undefined, false);
    const state = await core.StateAggregator.getInstance();
    const username = state.aliases.resolveUsername(configured);
    return classifyDevHub(configured, username, await state.orgs.exists(username));
  } catch (error) {
    // A broken local config should not block setup: the CLI will give its own verdict.
    return { state: 'unknown', reason: error instanceof Error ? error.message : String(error) };
  }
}

/** Throws DevHubMissingError unless a Dev Hub is (or may be) usable; returns a description. */
export async function requireDevHub(lookup: DevHubLookup): Promise<string> {
  const status = await lookup();
  switch (status.state) {
    case 'ok':
      return status.name === status.username
        ? status.username
        : `${status.name} (${status.username})`;
    case 'unknown':
      return `not checked locally (${oneLine(status.reason)}); the CLI will check`;
    case 'none':
    case 'unauthorised':
      throw new DevHubMissingError();
  }
}

// ---- Typed commands ----

export async function convertSource(
  sf: SfRunner,
  rootDir: string,
  outputDir: string
): Promise<string> {
  const envelope = await sfJson(sf, [
    'project',
    'convert',
    'source',
    '--root-dir',
    rootDir,
    '--output-dir',
    outputDir
  ]);
  return stringField(resultRecord(envelope), 'location') ?? outputDir;
}

export interface ScratchOrgOptions {
  definitionFile: string;
  alias: string;
  durationDays: number;
  waitMinutes: number;
  setDefault: boolean;
}

export interface ScratchOrg {
  username: string;
  orgId: string;
}

export async function createScratchOrg(
  sf: SfRunner,
  options: ScratchOrgOptions
): Promise<ScratchOrg> {
  const envelope = await sfJson(sf, [
    'org',
    'create',
    'scratch',
    '--definition-file',
    options.definitionFile,
    '--alias',
    options.alias,
    '--duration-days',
    String(options.durationDays),
    ...(options.setDefault ? ['--set-default'] : []),
    '--wait',
    String(options.waitMinutes)
  ]);
  const result = resultRecord(envelope);
  return {
    username: stringField(result, 'username') ?? options.alias,
    orgId: stringField(result, 'orgId') ?? ''
  };
}

/** One line naming the first few failed components of a deploy result. */
export function describeDeployFailure(result: unknown): string | undefined {
  if (!isRecord(result)) return undefined;
  const problems: string[] = [];
  for (const file of asList(result.files)) {
    if (isRecord(file) && file.state === 'Failed' && typeof file.error === 'string') {
      problems.push(
        `${stringField(file, 'type') ?? ''} ${stringField(file, 'fullName') ?? ''}: ${file.error}`
      );
    }
  }
  if (!problems.length && isRecord(result.details)) {
    for (const failure of asList(result.details.componentFailures)) {
      if (isRecord(failure) && typeof failure.problem === 'string') {
        problems.push(
          `${stringField(failure, 'componentType') ?? ''} ${stringField(failure, 'fullName') ?? ''}: ${failure.problem}`
        );
      }
    }
  }
  const unique = [...new Set(problems.map((problem) => oneLine(problem)))];
  if (!unique.length) {
    const status = stringField(result, 'status');
    return status ? `deploy ${status}` : undefined;
  }
  const more = unique.length > 3 ? ` (+${unique.length - 3} more)` : '';
  return `deploy failed: ${unique.slice(0, 3).join('; ')}${more}`;
}

export interface DeployOptions {
  sourceDir: string;
  targetOrg: string;
  waitMinutes: number;
}

/** Deploys source and returns how many components were deployed. */
export async function deploySource(sf: SfRunner, options: DeployOptions): Promise<number> {
  return deploy(sf, ['--source-dir', options.sourceDir], options);
}

export interface MetadataDeployOptions {
  /** A folder in metadata format (package.xml beside the type folders), anywhere on disk. */
  metadataDir: string;
  targetOrg: string;
  waitMinutes: number;
}

/** Deploys a metadata-format folder (e.g. generated outside the project); returns the count. */
export async function deployMetadataDir(
  sf: SfRunner,
  options: MetadataDeployOptions
): Promise<number> {
  return deploy(sf, ['--metadata-dir', options.metadataDir], options);
}

async function deploy(
  sf: SfRunner,
  what: readonly string[],
  options: { targetOrg: string; waitMinutes: number }
): Promise<number> {
  const envelope = await sfJson(
    sf,
    [
      'project',
      'deploy',
      'start',
      ...what,
      '--target-org',
      options.targetOrg,
      '--wait',
      String(options.waitMinutes)
    ],
    { describeFailure: describeDeployFailure }
  );
  const result = resultRecord(envelope);
  const deployed = result.numberComponentsDeployed;
  return typeof deployed === 'number' ? deployed : asList(result.files).length;
}

export function describePermsetFailure(result: unknown): string | undefined {
  if (!isRecord(result)) return undefined;
  const failures = asList(result.failures)
    .filter(isRecord)
    .map((failure) => stringField(failure, 'message') ?? 'unknown error');
  return failures.length ? `permission set assignment failed: ${failures.join('; ')}` : undefined;
}

export async function assignPermissionSets(
  sf: SfRunner,
  names: readonly string[],
  targetOrg: string
): Promise<void> {
  await sfJson(
    sf,
    [
      'org',
      'assign',
      'permset',
      ...names.flatMap((name) => ['--name', name]),
      '--target-org',
      targetOrg
    ],
    { describeFailure: describePermsetFailure }
  );
}

/** Runs an anonymous Apex file; compile and runtime failures come back as CLI errors. */
export async function runAnonymousApex(
  sf: SfRunner,
  file: string,
  targetOrg: string
): Promise<void> {
  await sfJson(sf, ['apex', 'run', '--file', file, '--target-org', targetOrg]);
}

export interface ApexTestOptions {
  targetOrg: string;
  waitMinutes: number;
}

/** Runs local Apex tests with coverage; returns the whole envelope for evaluation. */
export async function runApexTests(sf: SfRunner, options: ApexTestOptions): Promise<SfEnvelope> {
  return sfJson(
    sf,
    [
      'apex',
      'run',
      'test',
      '--test-level',
      'RunLocalTests',
      '--code-coverage',
      '--result-format',
      'json',
      '--wait',
      String(options.waitMinutes),
      '--target-org',
      options.targetOrg
    ],
    // 100 = tests ran and some failed: the result is still there to report.
    { okExitCodes: [100] }
  );
}

export interface OpenOptions {
  targetOrg: string;
  path: string;
  urlOnly: boolean;
}

/** Opens the org in a browser (or only resolves the URL); returns the URL. */
export async function openOrg(sf: SfRunner, options: OpenOptions): Promise<string> {
  const envelope = await sfJson(sf, [
    'org',
    'open',
    '--target-org',
    options.targetOrg,
    '--path',
    options.path,
    ...(options.urlOnly ? ['--url-only'] : [])
  ]);
  return stringField(resultRecord(envelope), 'url') ?? '';
}

/** The username behind an alias or username (`sf org display`): e.g. a scratch org's admin. */
export async function orgUsername(sf: SfRunner, targetOrg: string): Promise<string> {
  const envelope = await sfJson(sf, ['org', 'display', '--target-org', targetOrg]);
  const username = stringField(resultRecord(envelope), 'username');
  if (!username) {
    throw new ExpectedError(`sf org display: no username for ${targetOrg}`);
  }
  return username;
}

export async function deleteScratchOrg(sf: SfRunner, targetOrg: string): Promise<void> {
  await sfJson(sf, ['org', 'delete', 'scratch', '--target-org', targetOrg, '--no-prompt']);
}
