// The two-org scenarios: what the e2e test does in one org and what it then expects to observe
// in the other, each under a time limit. They act only through CrosswalkOrg, so their logic is
// tested against an in-memory pair of orgs (scripts/org/__tests__/e2e-fakes.ts).
import type { ConfiguredConnection } from './plan';
import type { CrosswalkOrg, Fields, RecordState } from './crosswalk-org';
import { ScenarioFailure, type Scenario, type ScenarioContext } from './runner';
import { formatCount, formatDuration, recordsPerHour } from './timing';

export type Side = 'a' | 'b';

/** Breaks and restores the credential one org uses to call the other (forced remote failure). */
export interface CredentialControl {
  break(side: Side): Promise<void>;
  restore(side: Side): Promise<void>;
}

export interface E2eEnv {
  orgs: Readonly<Record<Side, CrosswalkOrg>>;
  connections: Readonly<Record<Side, ConfiguredConnection>>;
  credentials: CredentialControl;
  /** Unique per run; part of every record name so runs and leftovers never mix. */
  runId: string;
  /** Ids of the records scenarios share (created by one, used by the next), per org. */
  records: Map<string, Partial<Record<Side, string>>>;
  /** Accounts seeded in A before configuration, for the initial sync. */
  bulk: { count: number; prefix: string };
}

export interface ScenarioLimits {
  /** Time allowed for one change to reach the other org. */
  latencyMs: number;
  initialSyncMs: number;
  /** How long the no-echo scenario watches for further writes. */
  quietMs: number;
}

type E2eScenario = Scenario<E2eEnv>;
type Context = ScenarioContext<E2eEnv>;

const ORG: Record<Side, string> = { a: 'A', b: 'B' };
const OTHER: Record<Side, Side> = { a: 'b', b: 'a' };

export function recordName(env: E2eEnv, key: string): string {
  return `XW-E2E-${env.runId}-${key}`;
}

export function emailFor(env: E2eEnv, key: string): string {
  return `xw-e2e-${env.runId}-${key}@example.com`.toLowerCase();
}

export function bulkPrefix(runId: string): string {
  return `XW-E2E-${runId}-bulk-`;
}

/** Salesforce prints "+0000"; Date.parse wants "+00:00". */
export function parseSalesforceTime(value: string): number {
  return Date.parse(value.replace(/([+-]\d{2})(\d{2})$/, '$1:$2'));
}

function remember(env: E2eEnv, key: string, side: Side, id: string): void {
  env.records.set(key, { ...env.records.get(key), [side]: id });
}

function idOf(env: E2eEnv, key: string, side: Side): string {
  const id = env.records.get(key)?.[side];
  if (!id)
    throw new ScenarioFailure(`no ${key} record in org ${ORG[side]} from an earlier scenario`);
  return id;
}

function sameValues(record: RecordState, expected: Fields): boolean {
  return Object.entries(expected).every(([field, value]) => record.fields[field] === value);
}

function describeValues(expected: Fields): string {
  return Object.entries(expected)
    .map(([field, value]) => `${field}=${String(value)}`)
    .join(', ');
}

/** Waits until the record with field = value exists in the org with the expected values. */
function waitForCopy(
  context: Context,
  org: CrosswalkOrg,
  sobject: string,
  match: { field: string; value: string },
  expected: Fields = {}
): Promise<RecordState> {
  return context.waitFor(
    `${sobject} ${match.field}='${match.value}' in org ${org.name}` +
      (Object.keys(expected).length ? ` with ${describeValues(expected)}` : ''),
    async () => {
      const found = await org.findBy(sobject, match.field, match.value, Object.keys(expected));
      return found && sameValues(found, expected) ? found : undefined;
    }
  );
}

/** Waits until the record has the expected values. */
function waitForValues(
  context: Context,
  org: CrosswalkOrg,
  sobject: string,
  id: string,
  expected: Fields
): Promise<RecordState> {
  return context.waitFor(
    `${sobject} ${id} in org ${org.name} with ${describeValues(expected)}`,
    async () => {
      const found = await org.get(sobject, id, Object.keys(expected));
      return found && sameValues(found, expected) ? found : undefined;
    }
  );
}

function waitForDeletion(
  context: Context,
  org: CrosswalkOrg,
  sobject: string,
  id: string
): Promise<true> {
  return context.waitFor(`deletion of ${sobject} ${id} in org ${org.name}`, async () =>
    (await org.get(sobject, id, [])) ? undefined : true
  );
}

/** Create, update and delete of an Account and a Contact, made in `from` and checked in the other org. */
export function crudScenarios(from: Side, limits: ScenarioLimits): E2eScenario[] {
  const to = OTHER[from];
  const prefix = `${from}2${to}`;
  const path = `${ORG[from]} → ${ORG[to]}`;
  const accountKey = `${prefix}-account`;
  const contactKey = `${prefix}-contact`;
  const limitMs = limits.latencyMs;
  const orgs = (context: Context): { source: CrosswalkOrg; target: CrosswalkOrg } => ({
    source: context.env.orgs[from],
    target: context.env.orgs[to]
  });

  return [
    {
      id: `${prefix}-account-create`,
      title: `${path}: Account created`,
      limitMs,
      async run(context) {
        const { source, target } = orgs(context);
        const name = recordName(context.env, accountKey);
        const id = await source.create('Account', { Name: name, Phone: '+1 555 0100' });
        remember(context.env, accountKey, from, id);
        const started = context.now();
        const copy = await waitForCopy(
          context,
          target,
          'Account',
          { field: 'Name', value: name },
          { Phone: '+1 555 0100' }
        );
        remember(context.env, accountKey, to, copy.id);
        return { latencyMs: context.now() - started, detail: `${ORG[to]} ${copy.id}` };
      }
    },
    {
      id: `${prefix}-account-update`,
      title: `${path}: Account updated`,
      needs: [`${prefix}-account-create`],
      limitMs,
      async run(context) {
        const { source, target } = orgs(context);
        const change = { Phone: '+1 555 0111', Website: 'https://example.com/crosswalk' };
        await source.update('Account', idOf(context.env, accountKey, from), change);
        const started = context.now();
        await waitForValues(context, target, 'Account', idOf(context.env, accountKey, to), change);
        return { latencyMs: context.now() - started };
      }
    },
    {
      id: `${prefix}-contact-create`,
      title: `${path}: Contact created under the Account`,
      needs: [`${prefix}-account-create`],
      limitMs,
      async run(context) {
        const { source, target } = orgs(context);
        const email = emailFor(context.env, contactKey);
        const id = await source.create('Contact', {
          FirstName: 'Ada',
          LastName: recordName(context.env, contactKey),
          Email: email,
          AccountId: idOf(context.env, accountKey, from)
        });
        remember(context.env, contactKey, from, id);
        const started = context.now();
        // The lookup must point at the other org's copy of the Account (relation mapping).
        const copy = await waitForCopy(
          context,
          target,
          'Contact',
          { field: 'Email', value: email },
          { AccountId: idOf(context.env, accountKey, to) }
        );
        remember(context.env, contactKey, to, copy.id);
        return { latencyMs: context.now() - started, detail: `${ORG[to]} ${copy.id}` };
      }
    },
    {
      id: `${prefix}-contact-update`,
      title: `${path}: Contact updated`,
      needs: [`${prefix}-contact-create`],
      limitMs,
      async run(context) {
        const { source, target } = orgs(context);
        const change = { Title: `Head of Sync ${prefix}`, Phone: '+1 555 0122' };
        await source.update('Contact', idOf(context.env, contactKey, from), change);
        const started = context.now();
        await waitForValues(context, target, 'Contact', idOf(context.env, contactKey, to), change);
        return { latencyMs: context.now() - started };
      }
    },
    {
      id: `${prefix}-contact-delete`,
      title: `${path}: Contact deleted`,
      needs: [`${prefix}-contact-create`],
      limitMs,
      async run(context) {
        const { source, target } = orgs(context);
        await source.remove(idOf(context.env, contactKey, from));
        const started = context.now();
        await waitForDeletion(context, target, 'Contact', idOf(context.env, contactKey, to));
        return { latencyMs: context.now() - started };
      }
    },
    {
      id: `${prefix}-account-delete`,
      title: `${path}: Account deleted`,
      needs: [`${prefix}-account-create`],
      limitMs,
      async run(context) {
        const { source, target } = orgs(context);
        await source.remove(idOf(context.env, accountKey, from));
        const started = context.now();
        await waitForDeletion(context, target, 'Account', idOf(context.env, accountKey, to));
        return { latencyMs: context.now() - started };
      }
    }
  ];
}

/**
 * A File on an Account or an Attachment on a Contact in A must "touch" the parent (its
 * SystemModstamp moves although no field changes) and the parent must then sync again.
 */
export function touchScenario(kind: 'file' | 'attachment', limits: ScenarioLimits): E2eScenario {
  const sobject = kind === 'file' ? 'Account' : 'Contact';
  return {
    id: `files-${kind}`,
    title:
      kind === 'file'
        ? 'File on an Account in A re-syncs the Account'
        : 'Attachment on a Contact in A re-syncs the Contact',
    // Setup (create and sync the parent), then the touch, then its sync.
    limitMs: limits.latencyMs * 3,
    async run(context) {
      const { a, b } = context.env.orgs;
      const key = `files-${kind}`;
      const name = recordName(context.env, key);
      const email = emailFor(context.env, key);
      const id = await a.create(
        sobject,
        kind === 'file' ? { Name: name } : { LastName: name, Email: email }
      );
      await waitForCopy(
        context,
        b,
        sobject,
        kind === 'file' ? { field: 'Name', value: name } : { field: 'Email', value: email }
      );
      const before = await a.get(sobject, id, []);
      const syncedBefore = await a.lastSyncedAt(id);

      const started = context.now();
      if (kind === 'file') await a.addFile(id, name);
      else await a.addAttachment(id, name);
      const touched = await context.waitFor(
        `a new SystemModstamp on the ${sobject} in A`,
        async () => {
          const now = await a.get(sobject, id, []);
          return now && now.modstamp !== before?.modstamp ? now : undefined;
        }
      );
      const bumpedMs = context.now() - started;
      const touchedAt = parseSalesforceTime(touched.modstamp);
      const via = await context.waitFor(`a sync of the touched ${sobject} from A`, async () => {
        const synced = await a.lastSyncedAt(id);
        if (synced && synced !== syncedBefore && parseSalesforceTime(synced) >= touchedAt) {
          return 'its link';
        }
        const outbox = await a.outbox(id);
        const delivered = outbox?.status === 'Sent' && outbox.deliveredAt;
        return delivered && parseSalesforceTime(delivered) >= touchedAt
          ? 'its outbox row'
          : undefined;
      });
      return {
        latencyMs: context.now() - started,
        detail: `parent touched after ${formatDuration(bumpedMs)}, re-sync seen on ${via}`
      };
    }
  };
}

/** One change goes A → B once; neither copy is written again afterwards (no echo loop). */
export function echoScenario(limits: ScenarioLimits): E2eScenario {
  return {
    id: 'echo',
    title: 'No echo: a synced change is not sent back',
    limitMs: limits.latencyMs * 3 + limits.quietMs,
    async run(context) {
      const { a, b } = context.env.orgs;
      const name = recordName(context.env, 'echo');
      const id = await a.create('Account', { Name: name, Phone: '+1 555 0400' });
      const copy = await waitForCopy(context, b, 'Account', { field: 'Name', value: name });
      await a.update('Account', id, { Phone: '+1 555 0401' });
      const started = context.now();
      await waitForValues(context, b, 'Account', copy.id, { Phone: '+1 555 0401' });
      const latencyMs = context.now() - started;

      const stamps = {
        a: (await a.get('Account', id, []))?.modstamp,
        b: (await b.get('Account', copy.id, []))?.modstamp
      };
      const writes = { a: 0, b: 0 };
      await context.watch('both copies for further writes', limits.quietMs, async () => {
        const [inA, inB] = await Promise.all([
          a.get('Account', id, []),
          b.get('Account', copy.id, [])
        ]);
        if (inA && inA.modstamp !== stamps.a) {
          writes.a += 1;
          stamps.a = inA.modstamp;
        }
        if (inB && inB.modstamp !== stamps.b) {
          writes.b += 1;
          stamps.b = inB.modstamp;
        }
      });
      const sentBack = await b.outbox(copy.id);
      const stillQueued =
        sentBack !== undefined && ['Pending', 'InFlight', 'Failed'].includes(sentBack.status);
      const quiet = formatDuration(limits.quietMs);
      if (writes.a || writes.b || stillQueued) {
        throw new ScenarioFailure(
          `echo: in the ${quiet} after the change arrived A's copy was written ${writes.a} more ` +
            `time(s) and B's ${writes.b}` +
            (stillQueued ? `; B has queued it back (${sentBack.status})` : '')
        );
      }
      return {
        latencyMs,
        detail: `no further writes in ${quiet}; B outbox row: ${sentBack?.status ?? 'none'}`
      };
    }
  };
}

/** Both orgs change one Account before either syncs: B's review queue holds the conflict. */
export function conflictScenario(limits: ScenarioLimits): E2eScenario {
  return {
    id: 'conflict',
    title: 'Conflict under manual review lands in B\u2019s queue',
    limitMs: limits.latencyMs * 3,
    async run(context) {
      const { orgs, connections } = context.env;
      const name = recordName(context.env, 'conflict');
      const id = await orgs.a.create('Account', { Name: name, Phone: '+1 555 0300' });
      const copy = await waitForCopy(context, orgs.b, 'Account', { field: 'Name', value: name });

      // Hold delivery on both sides so both edits happen before either is sent.
      const hold = { Frequency__c: 'Manual' };
      await orgs.a.updateConnection(connections.a.connectionId, hold);
      await orgs.b.updateConnection(connections.b.connectionId, hold);
      try {
        await orgs.a.update('Account', id, { Phone: '+1 555 0301' });
        await orgs.b.update('Account', copy.id, { Phone: '+1 555 0302' });
        const started = context.now();
        await orgs.a.syncNow(connections.a.connectionId);
        const conflicts = await context.waitFor(
          `an open XwConflict__c for Account ${copy.id} in org B`,
          async () => {
            const open = await orgs.b.openConflicts(copy.id);
            return open.length ? open : undefined;
          }
        );
        const latencyMs = context.now() - started;
        const inB = await orgs.b.get('Account', copy.id, ['Phone']);
        if (inB?.fields.Phone !== '+1 555 0302') {
          throw new ScenarioFailure(
            `manual review must leave B's record unchanged, but its Phone is ${String(inB?.fields.Phone)}`
          );
        }
        const first = conflicts[0];
        return {
          latencyMs,
          detail: `${first?.id ?? ''} on ${first?.fields || 'no field list'}; B's value kept`
        };
      } finally {
        const live = { Frequency__c: 'RealTime' };
        await orgs.a.updateConnection(connections.a.connectionId, live);
        await orgs.b.updateConnection(connections.b.connectionId, live);
      }
    }
  };
}

/**
 * A's credential for B is replaced by a wrong token, so B rejects the delivery; A must record
 * the failure, not lose the change, and deliver it once the credential is repaired.
 */
export function retryScenario(limits: ScenarioLimits): E2eScenario {
  return {
    id: 'retry',
    title: 'Failed delivery is retried and recovers',
    limitMs: limits.latencyMs * 3,
    async run(context) {
      const { orgs, connections, credentials } = context.env;
      const connectionId = connections.a.connectionId;
      const name = recordName(context.env, 'retry');
      let id = '';
      let failure = '';
      await credentials.break('a');
      try {
        id = await orgs.a.create('Account', { Name: name });
        failure = await context.waitFor('a recorded delivery failure in org A', async () => {
          const [outbox, connection, errors] = await Promise.all([
            orgs.a.outbox(id),
            orgs.a.connection(connectionId),
            orgs.a.openErrors(id)
          ]);
          if (errors[0]) return `${errors[0].category}: ${errors[0].message}`;
          if (outbox && (outbox.attempts > 0 || outbox.lastError || outbox.status === 'Failed')) {
            return `outbox ${outbox.status}, ${outbox.attempts} attempt(s): ${outbox.lastError}`;
          }
          if (connection.status === 'Failing') return `connection Failing: ${connection.lastError}`;
          return undefined;
        });
        if (await orgs.b.findBy('Account', 'Name', name, [])) {
          throw new ScenarioFailure('the Account reached B although A had a wrong token');
        }
      } finally {
        await credentials.restore('a');
      }

      // What an admin does after fixing a credential: verify, retry the errors, sync now.
      const started = context.now();
      await orgs.a.verifyConnection(connectionId);
      const errors = await orgs.a.openErrors(id);
      if (errors.length) await orgs.a.retryErrors(errors.map((error) => error.id));
      await orgs.a.syncNow(connectionId);
      await waitForCopy(context, orgs.b, 'Account', { field: 'Name', value: name });
      return {
        latencyMs: context.now() - started,
        detail: `first failed (${failure.slice(0, 80)}), delivered after the repair`
      };
    }
  };
}

/** The Batch Apex initial sync exports the Accounts seeded in A; reports records/hour. */
export function initialSyncScenario(count: number, limits: ScenarioLimits): E2eScenario {
  return {
    id: 'initial-sync',
    title: `Initial sync of ${formatCount(count)} Accounts A → B`,
    limitMs: limits.initialSyncMs,
    async run(context) {
      const { orgs, connections, bulk } = context.env;
      const mappingId = connections.a.mappingIds.Account ?? '';
      const started = context.now();
      await orgs.a.startInitialSync(mappingId);
      await context.waitFor(`all ${formatCount(bulk.count)} seeded Accounts in org B`, async () => {
        const [inB, run] = await Promise.all([
          orgs.b.countWithPrefix('Account', bulk.prefix),
          orgs.a.latestInitialSync(mappingId)
        ]);
        const progress = run ? `run ${run.status} ${run.processed}/${run.total}` : 'no run yet';
        context.progress(`${inB}/${bulk.count} in B, ${progress}`);
        if (run && (run.status === 'Failed' || run.status === 'Aborted')) {
          throw new ScenarioFailure(
            `the initial sync run ended ${run.status} at ${run.processed}/${run.total} ` +
              `(${run.failed} failed) with ${inB} of ${bulk.count} in B`
          );
        }
        return inB >= bulk.count ? inB : undefined;
      });
      const elapsed = context.now() - started;
      return {
        latencyMs: elapsed,
        recordsPerHour: recordsPerHour(bulk.count, elapsed),
        detail: `${formatCount(bulk.count)} records in ${formatDuration(elapsed)}`
      };
    }
  };
}

/** Every scenario, in the order they run (initial sync last: it is the longest). */
export function buildScenarios(limits: ScenarioLimits, bulkCount: number): E2eScenario[] {
  return [
    ...crudScenarios('a', limits),
    ...crudScenarios('b', limits),
    touchScenario('file', limits),
    touchScenario('attachment', limits),
    echoScenario(limits),
    conflictScenario(limits),
    retryScenario(limits),
    ...(bulkCount > 0 ? [initialSyncScenario(bulkCount, limits)] : [])
  ];
}
