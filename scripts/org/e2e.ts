// `npm run e2e`: the two-org end-to-end test. Creates scratch orgs A and B, deploys Crosswalk to
// both, connects A → B and B → A (each org calls the other's inbound endpoint with the other's
// integration-user token, set through the Connect API and kept in memory only), runs the
// scenarios with time limits, prints a timing table, and always deletes both orgs, also after a
// failure.
import { rmSync } from 'node:fs';
import { ArgsError, formatUsage, parseArgs, type FlagSpecs } from '../lib/args';
import {
  ExpectedError,
  formatTable,
  isExpectedError,
  oneLine,
  runMain,
  StepRunner
} from '../lib/report';
import { assignPermissionSets, deployMetadataDir, runAnonymousApex } from '../lib/sf';
import { DEPLOY_WAIT_MINUTES, SCHEDULE_JOBS_APEX } from './constants';
import { createScratchUser } from './e2e/cli';
import {
  DEFAULT_INITIAL_SYNC_LIMIT_SECONDS,
  DEFAULT_INITIAL_SYNC_RECORDS,
  DEFAULT_LATENCY_LIMIT_SECONDS,
  DEFAULT_POLL_SECONDS,
  DEFAULT_QUIET_SECONDS,
  DEFAULT_REMOTE_TYPE,
  E2E_CONFIG_KEY,
  E2E_CREDENTIAL,
  E2E_CREDENTIAL_PERMSET,
  E2E_DURATION_DAYS,
  E2E_PREFIX,
  INTEGRATION_PERMSETS,
  INTEGRATION_PROFILE,
  REMOTE_TYPES,
  type RemoteType
} from './e2e/constants';
import type { CrosswalkOrg } from './e2e/crosswalk-org';
import { defaultE2eDeps, type E2eDeps } from './e2e/deps';
import { credentialMetadata, remoteUrl, writeFiles } from './e2e/metadata';
import type { OrgSession } from './e2e/org-client';
import { configureConnection, type ConfiguredConnection } from './e2e/plan';
import { runScenarios, selectScenarios, type ScenarioResult } from './e2e/runner';
import {
  buildScenarios,
  bulkPrefix,
  type CredentialControl,
  type E2eEnv,
  type ScenarioLimits,
  type Side
} from './e2e/scenarios';
import { formatCount, formatDuration, formatTimingTable, formatVerdict } from './e2e/timing';
import {
  assignPackagePermsets,
  buildLwc,
  checkDevHub,
  createOrg,
  deleteCreatedOrgs,
  deploySubscriberConfig,
  deployToOrg
} from './steps';

export const E2E_FLAGS = {
  'remote-type': {
    kind: 'string',
    description: `remote type of both connections: ${REMOTE_TYPES.join(' or ')}`,
    default: DEFAULT_REMOTE_TYPE
  },
  only: {
    kind: 'string',
    description: 'run only these scenarios, comma-separated ids or prefixes (see --list)'
  },
  list: { kind: 'boolean', description: 'list the scenarios and their time limits, then exit' },
  'latency-limit': {
    kind: 'number',
    description: 'seconds one change may take to reach the other org',
    default: DEFAULT_LATENCY_LIMIT_SECONDS,
    min: 5
  },
  'initial-sync-records': {
    kind: 'number',
    description: 'Accounts seeded in A for the initial-sync throughput scenario (0 skips it)',
    default: DEFAULT_INITIAL_SYNC_RECORDS,
    min: 0,
    max: 50000
  },
  'initial-sync-limit': {
    kind: 'number',
    description: 'seconds the initial sync may take',
    default: DEFAULT_INITIAL_SYNC_LIMIT_SECONDS,
    min: 10
  },
  'quiet-seconds': {
    kind: 'number',
    description: 'seconds the no-echo scenario watches for writes after a change arrived',
    default: DEFAULT_QUIET_SECONDS,
    min: 5
  },
  'poll-seconds': {
    kind: 'number',
    description: 'seconds between two looks at the other org',
    default: DEFAULT_POLL_SECONDS,
    min: 1,
    max: 60
  },
  'admin-as-integration-user': {
    kind: 'boolean',
    description:
      'let each org write to the other as its admin instead of a new integration user ' +
      '(for Dev Hubs that cannot create scratch org users)'
  },
  keep: { kind: 'boolean', description: 'keep both scratch orgs (for debugging)' }
} as const satisfies FlagSpecs;

export const E2E_STEPS = {
  devHub: 'Check Dev Hub',
  build: 'Build LWC TypeScript',
  create: 'Create scratch orgs A and B',
  deploy: 'Deploy force-app to A and B',
  permsets: 'Assign permission sets',
  credentials: 'Deploy credentials',
  subscriber: 'Run delivery as the integration user',
  users: 'Create integration users',
  tokens: 'Set credential tokens',
  seed: 'Seed Accounts in A',
  configure: 'Configure connections A ↔ B',
  verify: 'Verify connections',
  schedule: 'Schedule sync jobs',
  scenarios: 'Run scenarios',
  cleanup: 'Delete scratch orgs'
} as const;

/** What a forced remote failure puts in the credential instead of the real token. */
export const BROKEN_TOKEN = 'xw-e2e-deliberately-invalid-token';

const SIDES: readonly Side[] = ['a', 'b'];
const OTHER: Record<Side, Side> = { a: 'b', b: 'a' };
const ORG: Record<Side, string> = { a: 'A', b: 'B' };

/** Runs the same work for both orgs in parallel. */
async function both<T>(work: (side: Side) => Promise<T>): Promise<Record<Side, T>> {
  const [a, b] = await Promise.all([work('a'), work('b')]);
  return { a, b };
}

function limitsFrom(flags: {
  'latency-limit': number;
  'initial-sync-limit': number;
  'quiet-seconds': number;
}): ScenarioLimits {
  return {
    latencyMs: flags['latency-limit'] * 1000,
    initialSyncMs: flags['initial-sync-limit'] * 1000,
    quietMs: flags['quiet-seconds'] * 1000
  };
}

export function parseRemoteType(value: string): RemoteType {
  const found = REMOTE_TYPES.find((type) => type.toLowerCase() === value.toLowerCase());
  if (!found) {
    throw new ArgsError(`--remote-type must be ${REMOTE_TYPES.join(' or ')}, got '${value}'`);
  }
  return found;
}

export function splitList(value: string | undefined): string[] {
  return (value ?? '')
    .split(',')
    .map((token) => token.trim())
    .filter(Boolean);
}

export async function e2e(argv: readonly string[], deps: E2eDeps): Promise<number> {
  const { flags, help } = parseArgs(argv, E2E_FLAGS);
  if (help) {
    deps.out.line(formatUsage('npm run e2e --', E2E_FLAGS));
    return 0;
  }
  const remoteType = parseRemoteType(flags['remote-type']);
  const limits = limitsFrom(flags);
  const bulkCount = flags['initial-sync-records'];
  const all = buildScenarios(limits, bulkCount);
  const { selected, unknown } = selectScenarios(all, splitList(flags.only));
  if (unknown.length) {
    throw new ArgsError(
      `unknown scenario ${unknown.map((token) => `'${token}'`).join(', ')} (see --list)`
    );
  }
  if (flags.list) {
    deps.out.line(
      formatTable(
        ['Scenario', 'Title', 'Limit', 'Needs'],
        all.map((scenario) => [
          scenario.id,
          scenario.title,
          formatDuration(scenario.limitMs),
          (scenario.needs ?? []).join(', ')
        ])
      )
    );
    return 0;
  }
  const runsInitialSync = selected.some((scenario) => scenario.id === 'initial-sync');

  const runId = deps.runId();
  const aliases: Record<Side, string> = {
    a: `${E2E_PREFIX}-${runId}-a`,
    b: `${E2E_PREFIX}-${runId}-b`
  };
  const integrationAlias = (side: Side): string =>
    flags['admin-as-integration-user'] ? aliases[side] : `${aliases[side]}-integration`;
  const steps = new StepRunner(deps.out, deps.clock);
  const created: string[] = [];
  const tempDirs: string[] = [];
  const problems: string[] = [];
  let results: ScenarioResult[] = [];

  const step = async <T>(title: string, body: (detail: (text: string) => void) => Promise<T>) => {
    if (deps.signal?.aborted) throw new ExpectedError('interrupted');
    return steps.run(title, (context) => body((text) => context.detail(text)));
  };

  deps.out.line(
    `Crosswalk e2e run ${runId}: scratch orgs ${aliases.a} (A) and ${aliases.b} (B), ` +
      `remote type ${remoteType}, ${selected.length} scenario${selected.length === 1 ? '' : 's'}`
  );

  try {
    // The Dev Hub first: without one nothing else can happen (same message as org:setup).
    await step(E2E_STEPS.devHub, async (detail) => detail(await checkDevHub(deps)));
    await step(E2E_STEPS.build, async (detail) => detail(await buildLwc(deps)));
    await step(E2E_STEPS.create, async (detail) => {
      const outcomes = await Promise.allSettled(
        SIDES.map(async (side) => {
          await createOrg(deps, {
            alias: aliases[side],
            durationDays: E2E_DURATION_DAYS,
            setDefault: false
          });
          created.push(aliases[side]);
        })
      );
      const failed = outcomes.find((outcome) => outcome.status === 'rejected');
      if (failed) throw failed.reason;
      detail(`${aliases.a}, ${aliases.b} (expire in ${E2E_DURATION_DAYS} day)`);
    });
    await step(E2E_STEPS.deploy, async (detail) => {
      const counts = await both((side) => deployToOrg(deps, aliases[side]));
      detail(`A: ${counts.a}; B: ${counts.b}`);
    });
    await step(E2E_STEPS.permsets, async (detail) => {
      const granted = await both((side) => assignPackagePermsets(deps, aliases[side]));
      detail(`${granted.a} to both admins`);
    });

    const clients = await both((side) => deps.connect(aliases[side], `org ${ORG[side]}`));
    const orgs: Record<Side, CrosswalkOrg> = {
      a: deps.crosswalk(clients.a, 'A'),
      b: deps.crosswalk(clients.b, 'B')
    };
    await step(E2E_STEPS.credentials, async (detail) => {
      const sessions = await both((side) => clients[side].session());
      // Each org's Named Credential points at the other org.
      const urls = {
        a: remoteUrl(remoteType, sessions.b.instanceUrl),
        b: remoteUrl(remoteType, sessions.a.instanceUrl)
      };
      await both(async (side) => {
        const dir = deps.tempDir();
        tempDirs.push(dir);
        writeFiles(dir, credentialMetadata(urls[side]));
        await deployMetadataDir(deps.sf, {
          metadataDir: dir,
          targetOrg: aliases[side],
          waitMinutes: DEPLOY_WAIT_MINUTES
        });
        await assignPermissionSets(deps.sf, [E2E_CREDENTIAL_PERMSET], aliases[side]);
      });
      detail(`${E2E_CREDENTIAL} in A calls ${urls.a}, in B ${urls.b}`);
    });
    // Real-time delivery runs in the platform event subscriber: without this it would run as the
    // Automated Process user, which holds no credential access.
    await step(E2E_STEPS.subscriber, async (detail) => {
      const runAs = await both((side) => deploySubscriberConfig(deps, aliases[side]));
      detail(`A: ${runAs.a}; B: ${runAs.b}`);
    });

    if (flags['admin-as-integration-user']) {
      steps.skip(E2E_STEPS.users, '--admin-as-integration-user');
    } else {
      await step(E2E_STEPS.users, async (detail) => {
        const users = await both((side) =>
          createScratchUser(deps.sf, {
            targetOrg: aliases[side],
            alias: integrationAlias(side),
            profileName: INTEGRATION_PROFILE,
            permsets: INTEGRATION_PERMSETS
          })
        );
        detail(`A: ${users.a.username}; B: ${users.b.username}`);
      });
    }

    const credentials = await step(E2E_STEPS.tokens, async (detail) => {
      const remoteSessions = await both(async (side): Promise<OrgSession> => {
        if (integrationAlias(side) === aliases[side]) return clients[side].session();
        const user = await deps.connect(
          integrationAlias(side),
          `org ${ORG[side]} integration user`
        );
        return user.session();
      });
      // Each org sends the OTHER org's token; the tokens stay in this closure only.
      const tokenFor = (side: Side): string => remoteSessions[OTHER[side]].accessToken;
      await both((side) => orgs[side].setRemoteToken(tokenFor(side), 'create'));
      detail(`A calls as ${remoteSessions.b.username}, B calls as ${remoteSessions.a.username}`);
      const control: CredentialControl = {
        break: (side) => orgs[side].setRemoteToken(BROKEN_TOKEN, 'replace'),
        restore: (side) => orgs[side].setRemoteToken(tokenFor(side), 'replace')
      };
      return control;
    });

    const prefix = bulkPrefix(runId);
    if (runsInitialSync) {
      // Before any connection exists, so capture ignores them and only the initial sync sends them.
      await step(E2E_STEPS.seed, async (detail) => {
        const records = Array.from({ length: bulkCount }, (_, index) => ({
          Name: `${prefix}${String(index + 1).padStart(5, '0')}`
        }));
        await clients.a.insert('Account', records);
        detail(`${formatCount(bulkCount)} Accounts named ${prefix}*`);
      });
    } else {
      steps.skip(E2E_STEPS.seed, 'initial-sync scenario not selected');
    }

    const connections = await step(E2E_STEPS.configure, async (detail) => {
      const configured = await both((side): Promise<ConfiguredConnection> =>
        configureConnection(clients[side], {
          configKey: E2E_CONFIG_KEY,
          name: `E2E org ${ORG[OTHER[side]]}`,
          remoteType
        })
      );
      detail(`A: ${configured.a.connectionId}; B: ${configured.b.connectionId}`);
      return configured;
    });
    await step(E2E_STEPS.verify, async (detail) => {
      await both((side) => orgs[side].verifyConnection(connections[side].connectionId));
      detail('describe call through each Named Credential succeeded');
    });
    // The same scheduler as org:setup: scheduled modes, the retry sweep and retention.
    await step(E2E_STEPS.schedule, async (detail) => {
      await both((side) => runAnonymousApex(deps.sf, SCHEDULE_JOBS_APEX, aliases[side]));
      detail(`${SCHEDULE_JOBS_APEX} in both orgs`);
    });

    const env: E2eEnv = {
      orgs,
      connections,
      credentials,
      runId,
      records: new Map(),
      bulk: { count: bulkCount, prefix }
    };
    const summary = await runScenarios(selected, env, {
      clock: deps.clock,
      sleep: deps.sleep,
      pollMs: flags['poll-seconds'] * 1000,
      out: deps.out,
      signal: deps.signal
    });
    results = summary.results;
    const allPassed = results.every((result) => result.status === 'passed');
    steps.mark(E2E_STEPS.scenarios, allPassed ? 'ok' : 'failed', formatVerdict(results));
    if (summary.interrupted) problems.push('interrupted');
    if (!allPassed) {
      const bad = results.filter((result) => result.status !== 'passed').length;
      problems.push(`${bad} of ${results.length} scenarios did not pass (table above)`);
    }
  } catch (error) {
    if (!isExpectedError(error)) throw error;
    steps.notRun(Object.values(E2E_STEPS).filter((title) => title !== E2E_STEPS.cleanup));
    problems.push(oneLine(error.message));
  } finally {
    for (const dir of tempDirs) rmSync(dir, { recursive: true, force: true });
    await deleteCreatedOrgs(deps, steps, E2E_STEPS.cleanup, created, flags.keep, problems);
  }

  if (results.length) {
    deps.out.line('');
    deps.out.line(formatTimingTable(results));
    deps.out.line(formatVerdict(results));
  }
  return steps.finish(problems, [`✓ Two-org e2e passed: ${formatVerdict(results)}.`]);
}

if (require.main === module) {
  const controller = new AbortController();
  process.once('SIGINT', () => {
    process.stderr.write('\nInterrupted: stopping after the current call and deleting the orgs…\n');
    controller.abort();
  });
  void runMain(() => e2e(process.argv.slice(2), defaultE2eDeps(controller.signal)));
}
