// Steps shared by org:setup and test:org. Each returns the short detail shown on its line.
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { localBin } from '../lib/proc';
import { ExpectedError, oneLine, type StepRunner } from '../lib/report';
import {
  asList,
  assignPermissionSets,
  convertSource,
  createScratchOrg,
  deleteScratchOrg,
  deployMetadataDir,
  deploySource,
  isRecord,
  orgUsername,
  requireDevHub
} from '../lib/sf';
import {
  CREATE_WAIT_MINUTES,
  DEPLOY_WAIT_MINUTES,
  LWC_TSCONFIG,
  PACKAGE_DIR,
  PERMISSION_SETS,
  SCRATCH_DEFINITION_FILE,
  SOURCE_DIR,
  SUBSCRIBER_CONFIG_DIR,
  SUBSCRIBER_CONFIG_NAME,
  SUBSCRIBER_CONFIG_TEMPLATE
} from './constants';
import type { OrgDeps } from './deps';
import { packageXml, writeFiles, xmlEscape } from './e2e/metadata';

/** LWC TypeScript sources tsc would compile (tests, mocks and declarations excluded). */
export function findLwcSources(lwcDir: string): string[] {
  let entries: string[];
  try {
    entries = readdirSync(lwcDir, { recursive: true, encoding: 'utf8' });
  } catch {
    return [];
  }
  return entries
    .filter((entry) => entry.endsWith('.ts') && !entry.endsWith('.d.ts'))
    .filter((entry) => !/(^|[\\/])(__tests__|__mocks__|node_modules)([\\/]|$)/.test(entry))
    .sort();
}

/** tsc prints diagnostics on stdout; keep the first as the readable line. */
export function summariseTscOutput(stdout: string, stderr: string): string {
  const lines = `${stdout}\n${stderr}`.split('\n').map((line) => line.trim());
  const errors = lines.filter((line) => /error TS\d+/.test(line));
  if (!errors.length) return lines.find((line) => line) ?? 'no output';
  const more = errors.length > 1 ? ` (+${errors.length - 1} more)` : '';
  return `${errors[0]}${more}`;
}

/** (a) Compile the admin app's TypeScript LWC so the .js beside each .ts can be deployed. */
export async function buildLwc(deps: OrgDeps): Promise<string> {
  const sources = findLwcSources(path.join(deps.root, path.dirname(LWC_TSCONFIG)));
  // tsc fails on a project with no inputs; an empty LWC folder simply has nothing to build.
  if (!sources.length) return 'nothing to compile (no LWC .ts files yet)';
  const result = await deps.proc(localBin('tsc'), ['-p', LWC_TSCONFIG], { cwd: deps.root });
  if (result.code !== 0) {
    throw new ExpectedError(`tsc failed: ${summariseTscOutput(result.stdout, result.stderr)}`);
  }
  return `${sources.length} file${sources.length === 1 ? '' : 's'} compiled`;
}

/** Component counts by metadata type from a package.xml. */
export function countComponents(packageXml: string): Map<string, number> {
  const parser = new XMLParser({
    isArray: (name) => name === 'types' || name === 'members',
    parseTagValue: false
  });
  const parsed: unknown = parser.parse(packageXml);
  const counts = new Map<string, number>();
  const pkg = isRecord(parsed) ? parsed.Package : undefined;
  for (const type of isRecord(pkg) ? asList(pkg.types) : []) {
    if (isRecord(type) && typeof type.name === 'string') {
      const members = asList(type.members).length;
      counts.set(type.name, (counts.get(type.name) ?? 0) + members);
    }
  }
  return counts;
}

export function formatComponentCounts(counts: ReadonlyMap<string, number>): string {
  const total = [...counts.values()].reduce((sum, count) => sum + count, 0);
  if (!total) return '0 components';
  const byType = [...counts.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([type, count]) => `${type} ${count}`)
    .join(', ');
  return `${total} component${total === 1 ? '' : 's'}: ${byType}`;
}

/** (b) Convert source format to a metadata package under dist/package and count what is in it. */
export async function convertToPackage(deps: OrgDeps): Promise<string> {
  // Start clean so components deleted from source do not linger in the package.
  rmSync(path.join(deps.root, PACKAGE_DIR), { recursive: true, force: true });
  await convertSource(deps.sf, SOURCE_DIR, PACKAGE_DIR);
  let xml: string;
  try {
    xml = readFileSync(path.join(deps.root, PACKAGE_DIR, 'package.xml'), 'utf8');
  } catch {
    throw new ExpectedError(`conversion wrote no ${PACKAGE_DIR}/package.xml`);
  }
  return `${PACKAGE_DIR}: ${formatComponentCounts(countComponents(xml))}`;
}

/** (c) Fail early, with the login command to run, when no Dev Hub is authorised. */
export function checkDevHub(deps: OrgDeps): Promise<string> {
  return requireDevHub(deps.devHub);
}

export interface NewOrgOptions {
  alias: string;
  durationDays: number;
  setDefault: boolean;
}

/** (d) Create a scratch org from the project definition. */
export async function createOrg(deps: OrgDeps, options: NewOrgOptions): Promise<string> {
  const org = await createScratchOrg(deps.sf, {
    definitionFile: SCRATCH_DEFINITION_FILE,
    alias: options.alias,
    durationDays: options.durationDays,
    waitMinutes: CREATE_WAIT_MINUTES,
    setDefault: options.setDefault
  });
  return `${options.alias} = ${org.username}, expires in ${options.durationDays} day${
    options.durationDays === 1 ? '' : 's'
  }`;
}

/** (e) Deploy the project source to the org. */
export async function deployToOrg(deps: OrgDeps, targetOrg: string): Promise<string> {
  const count = await deploySource(deps.sf, {
    sourceDir: SOURCE_DIR,
    targetOrg,
    waitMinutes: DEPLOY_WAIT_MINUTES
  });
  return `${count} component${count === 1 ? '' : 's'} deployed to ${targetOrg}`;
}

/** Grant the org's admin the package's permission sets, as a real install does. */
export async function assignPackagePermsets(deps: OrgDeps, targetOrg: string): Promise<string> {
  await assignPermissionSets(deps.sf, PERMISSION_SETS, targetOrg);
  return PERMISSION_SETS.join(', ');
}

/**
 * The last step of a run that created scratch orgs: deletes each (one failure does not stop the
 * others) and turns a failed delete into a problem naming the command to run by hand. With
 * `keep` it deletes nothing and prints that command instead.
 */
export async function deleteCreatedOrgs(
  deps: OrgDeps,
  steps: StepRunner,
  title: string,
  created: readonly string[],
  keep: boolean,
  problems: string[]
): Promise<void> {
  if (!created.length) return;
  const deleteCommand = (alias: string): string =>
    `sf org delete scratch --target-org ${alias} --no-prompt`;
  if (keep) {
    for (const alias of created) {
      deps.out.line(`Kept scratch org '${alias}'; delete it with: ${deleteCommand(alias)}`);
    }
    return;
  }
  await steps
    .run(title, async (context) => {
      const outcomes = await Promise.allSettled(
        created.map((alias) => deleteScratchOrg(deps.sf, alias))
      );
      const failed: string[] = [];
      outcomes.forEach((outcome, index) => {
        const alias = created[index] ?? '';
        if (outcome.status === 'rejected') {
          const reason: unknown = outcome.reason;
          const message = reason instanceof Error ? oneLine(reason.message) : String(reason);
          failed.push(alias);
          problems.push(
            `could not delete scratch org '${alias}' (${message}); delete it with: ${deleteCommand(alias)}`
          );
        }
      });
      context.detail(
        created.filter((alias) => !failed.includes(alias)).join(', ') || 'none deleted'
      );
      if (failed.length) throw new ExpectedError(`${failed.length} not deleted`);
    })
    // Each failure is already a problem of its own; the step line shows it as failed.
    .catch(() => undefined);
}

/** The placeholder the subscriber config template holds for the running user's username. */
export const USERNAME_PLACEHOLDER = '{{USERNAME}}';

/** The subscriber config with its running user filled in (XML-escaped). */
export function renderSubscriberConfig(template: string, username: string): string {
  if (!template.includes(USERNAME_PLACEHOLDER)) {
    throw new ExpectedError(`${SUBSCRIBER_CONFIG_TEMPLATE} has no ${USERNAME_PLACEHOLDER}`);
  }
  return template.split(USERNAME_PLACEHOLDER).join(xmlEscape(username));
}

/** The metadata-format folder that deploys the rendered config, by path relative to it. */
export function subscriberConfigFiles(config: string): Map<string, string> {
  return new Map([
    ['package.xml', packageXml({ PlatformEventSubscriberConfig: [SUBSCRIBER_CONFIG_NAME] })],
    [
      `PlatformEventSubscriberConfigs/${SUBSCRIBER_CONFIG_NAME}.platformEventSubscriberConfig`,
      config
    ]
  ]);
}

/**
 * (f) Makes real-time delivery run as `runAs` (default: the org's own user, i.e. the scratch
 * org admin, who holds XwIntegration): renders the subscriber config template under
 * dist/subscriber-config and deploys it. Without it the subscriber runs as Automated Process.
 */
export async function deploySubscriberConfig(
  deps: OrgDeps,
  targetOrg: string,
  runAs?: string
): Promise<string> {
  let template: string;
  try {
    template = readFileSync(path.join(deps.root, SUBSCRIBER_CONFIG_TEMPLATE), 'utf8');
  } catch {
    throw new ExpectedError(
      `the subscriber config template ${SUBSCRIBER_CONFIG_TEMPLATE} is missing`
    );
  }
  const username = runAs ?? (await orgUsername(deps.sf, targetOrg));
  const dir = path.join(deps.root, SUBSCRIBER_CONFIG_DIR);
  rmSync(dir, { recursive: true, force: true });
  writeFiles(dir, subscriberConfigFiles(renderSubscriberConfig(template, username)));
  await deployMetadataDir(deps.sf, {
    metadataDir: SUBSCRIBER_CONFIG_DIR,
    targetOrg,
    waitMinutes: DEPLOY_WAIT_MINUTES
  });
  return `delivery requests run as ${username}`;
}
