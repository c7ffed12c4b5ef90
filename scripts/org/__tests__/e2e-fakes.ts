// Test doubles for the e2e test: an in-memory pair of orgs that behaves like Crosswalk (capture
// on every write, delivery on the next poll, links, conflicts under manual review, failures with
// a wrong token, touch-parent, initial sync), with switches to break each behaviour, plus a
// scripted REST client and the deps bundle for the e2e command.
import { mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { DevHubStatus, SfRunner } from '../../lib/sf';
import type {
  ConnectionState,
  CrosswalkOrg,
  Fields,
  OutboxState,
  RecordState,
  SyncRunState
} from '../e2e/crosswalk-org';
import type { E2eDeps } from '../e2e/deps';
import {
  OrgApiError,
  type OrgClient,
  type OrgSession,
  type QueryResult,
  type RestRequest
} from '../e2e/org-client';
import { SUBSCRIBER_CONFIG_TEMPLATE } from '../constants';
import { fakeDeps, tempRepo, type FakeDeps } from './fakes';

export interface WorldOptions {
  /** Nothing is ever delivered (every wait times out). */
  neverDeliver?: boolean;
  /** Writes applied from the other org are captured and sent back: an echo loop. */
  echo?: boolean;
  /** Files and attachments do not touch their parent. */
  noTouch?: boolean;
  /** Conflicts are overwritten instead of being held for review. */
  noConflicts?: boolean;
  /** The initial sync run fails half-way. */
  failInitialSync?: boolean;
}

interface StoredRecord {
  sobject: string;
  fields: Fields;
  modstamp: string;
}

interface Change {
  recordId: string;
  sobject: string;
  deleted: boolean;
}

const PREFIX: Record<string, string> = {
  Account: '001',
  Contact: '003',
  ContentVersion: '068',
  Attachment: '00P'
};

export class FakeOrg implements CrosswalkOrg {
  readonly records = new Map<string, StoredRecord>();
  /** Local record id → remote record id and when it last synced. */
  readonly links = new Map<string, { remoteId: string; lastSyncedAt: string }>();
  readonly outboxRows = new Map<string, OutboxState>();
  readonly conflicts: { id: string; recordId: string; fields: string }[] = [];
  readonly errors: {
    id: string;
    recordId: string;
    category: string;
    message: string;
    status: string;
  }[] = [];
  readonly state: ConnectionState = { status: 'New', frequency: 'RealTime', lastError: '' };
  pending: Change[] = [];
  token = '';
  flush = false;
  initialSync: SyncRunState | undefined;
  readonly actions: string[] = [];
  private counter = 0;

  constructor(
    readonly name: string,
    private readonly world: FakeWorld
  ) {}

  newId(sobject: string): string {
    this.counter += 1;
    return `${PREFIX[sobject] ?? 'a00'}${this.name}${String(this.counter).padStart(11, '0')}AAA`;
  }

  /** A write made in this org: stored, stamped and captured for delivery. */
  write(id: string, sobject: string, fields: Fields, capture = true): void {
    const existing = this.records.get(id);
    this.records.set(id, {
      sobject,
      fields: { ...existing?.fields, ...fields },
      modstamp: this.world.stamp()
    });
    if (capture && sobject in PREFIX) this.pending.push({ recordId: id, sobject, deleted: false });
  }

  async create(sobject: string, fields: Fields): Promise<string> {
    const id = this.newId(sobject);
    this.write(id, sobject, fields);
    return id;
  }

  async createMany(sobject: string, records: readonly Fields[]): Promise<string[]> {
    return Promise.all(records.map((fields) => this.create(sobject, fields)));
  }

  async update(sobject: string, id: string, fields: Fields): Promise<void> {
    if (!this.records.has(id)) throw new OrgApiError(`org ${this.name}: no ${sobject} ${id}`);
    this.write(id, sobject, fields);
  }

  async remove(id: string): Promise<void> {
    const record = this.records.get(id);
    if (!record) throw new OrgApiError(`org ${this.name}: no record ${id}`);
    this.records.delete(id);
    this.pending.push({ recordId: id, sobject: record.sobject, deleted: true });
  }

  async get(sobject: string, id: string): Promise<RecordState | undefined> {
    const record = this.records.get(id);
    return record && record.sobject === sobject
      ? { id, fields: { ...record.fields }, modstamp: record.modstamp }
      : undefined;
  }

  async findBy(sobject: string, field: string, value: string): Promise<RecordState | undefined> {
    const matches = [...this.records.entries()].filter(
      ([, record]) => record.sobject === sobject && record.fields[field] === value
    );
    const last = matches[matches.length - 1];
    return last
      ? { id: last[0], fields: { ...last[1].fields }, modstamp: last[1].modstamp }
      : undefined;
  }

  async countWithPrefix(sobject: string, prefix: string): Promise<number> {
    return [...this.records.values()].filter(
      (record) => record.sobject === sobject && String(record.fields.Name ?? '').startsWith(prefix)
    ).length;
  }

  private touch(parentId: string): void {
    const parent = this.records.get(parentId);
    if (parent && !this.world.options.noTouch) this.write(parentId, parent.sobject, {});
  }

  async addFile(parentId: string, title: string): Promise<string> {
    const id = this.newId('ContentVersion');
    this.write(id, 'ContentVersion', { Title: title }, false);
    this.touch(parentId);
    return id;
  }

  async addAttachment(parentId: string, attachmentName: string): Promise<string> {
    const id = this.newId('Attachment');
    this.write(id, 'Attachment', { Name: attachmentName }, false);
    this.touch(parentId);
    return id;
  }

  async outbox(recordId: string): Promise<OutboxState | undefined> {
    return this.outboxRows.get(recordId);
  }

  async lastSyncedAt(recordId: string): Promise<string | undefined> {
    return this.links.get(recordId)?.lastSyncedAt;
  }

  async openConflicts(recordId: string): Promise<{ id: string; fields: string }[]> {
    return this.conflicts.filter((conflict) => conflict.recordId === recordId);
  }

  async openErrors(recordId: string) {
    return this.errors.filter((error) => error.recordId === recordId && error.status === 'Open');
  }

  async connection(): Promise<ConnectionState> {
    return { ...this.state };
  }

  async updateConnection(_connectionId: string, fields: Fields): Promise<void> {
    this.actions.push(`updateConnection ${JSON.stringify(fields)}`);
    if (typeof fields.Frequency__c === 'string') this.state.frequency = fields.Frequency__c;
    if (typeof fields.Status__c === 'string') this.state.status = fields.Status__c;
  }

  async latestInitialSync(): Promise<SyncRunState | undefined> {
    return this.initialSync ? { ...this.initialSync } : undefined;
  }

  async syncNow(): Promise<void> {
    this.actions.push('syncNow');
    this.flush = true;
  }

  async startInitialSync(): Promise<void> {
    this.actions.push('startInitialSync');
    const accounts = [...this.records.entries()].filter(
      ([id, record]) => record.sobject === 'Account' && !this.links.has(id)
    );
    this.initialSync = { status: 'Running', total: accounts.length, processed: 0, failed: 0 };
    for (const [id] of accounts)
      this.pending.push({ recordId: id, sobject: 'Account', deleted: false });
  }

  async retryErrors(ids: readonly string[]): Promise<void> {
    this.actions.push(`retryErrors ${ids.length}`);
    for (const error of this.errors) if (ids.includes(error.id)) error.status = 'Retrying';
  }

  async verifyConnection(): Promise<void> {
    this.actions.push('verifyConnection');
    if (!this.world.tokenIsValid(this)) {
      throw new OrgApiError(`org ${this.name}: anonymous Apex failed: 401 Unauthorized`);
    }
    this.state.status = 'Verified';
    this.state.lastError = '';
  }

  async setRemoteToken(token: string, mode: 'create' | 'replace'): Promise<void> {
    this.actions.push(`setRemoteToken ${mode}`);
    this.token = token;
  }
}

/** Two fake orgs, a fake clock, and delivery of captured changes on every poll. */
export class FakeWorld {
  now = 1_750_000_000_000;
  private sequence = 0;
  readonly a: FakeOrg;
  readonly b: FakeOrg;

  constructor(readonly options: WorldOptions = {}) {
    this.a = new FakeOrg('A', this);
    this.b = new FakeOrg('B', this);
    // Both orgs start connected with the right token, as after the e2e setup steps.
    this.a.token = FakeWorld.tokenOf('b');
    this.b.token = FakeWorld.tokenOf('a');
  }

  static tokenOf(side: 'a' | 'b'): string {
    return `token-of-${side}`;
  }

  /** A unique, increasing SystemModstamp in Salesforce's format. */
  stamp(): string {
    this.sequence += 1;
    return new Date(this.now + this.sequence).toISOString().replace('Z', '+0000');
  }

  tokenIsValid(org: FakeOrg): boolean {
    return org.token === FakeWorld.tokenOf(org === this.a ? 'b' : 'a');
  }

  readonly clock = (): number => this.now;

  readonly sleep = async (ms: number): Promise<void> => {
    this.now += ms;
    this.tick();
  };

  tick(): void {
    if (this.options.neverDeliver) return;
    this.deliver(this.a, this.b);
    this.deliver(this.b, this.a);
  }

  private deliver(source: FakeOrg, target: FakeOrg): void {
    const due = source.state.frequency === 'RealTime' || source.flush;
    if (!due || !source.pending.length) return;
    source.flush = false;
    if (!this.tokenIsValid(source)) {
      source.state.status = 'Failing';
      source.state.lastError = '401 INVALID_SESSION_ID';
      for (const change of source.pending) {
        const row = source.outboxRows.get(change.recordId);
        source.outboxRows.set(change.recordId, {
          status: 'Failed',
          attempts: (row?.attempts ?? 0) + 1,
          lastError: 'INVALID_SESSION_ID',
          deliveredAt: ''
        });
        if (!source.errors.some((error) => error.recordId === change.recordId)) {
          source.errors.push({
            id: `a0E${change.recordId.slice(3)}`,
            recordId: change.recordId,
            category: 'Auth',
            message: 'Session expired or invalid',
            status: 'Open'
          });
        }
      }
      return;
    }
    const changes = source.pending;
    source.pending = [];
    for (const change of changes) this.apply(source, target, change);
  }

  private apply(source: FakeOrg, target: FakeOrg, change: Change): void {
    const link = source.links.get(change.recordId);
    const stamp = this.stamp();
    if (change.deleted) {
      if (link) target.records.delete(link.remoteId);
      return;
    }
    const record = source.records.get(change.recordId);
    if (!record) return;
    const fields = { ...record.fields };
    if (typeof fields.AccountId === 'string') {
      fields.AccountId = source.links.get(fields.AccountId)?.remoteId ?? null;
    }
    let remoteId = link?.remoteId;
    const targetHasOwnChange =
      remoteId !== undefined && target.pending.some((pending) => pending.recordId === remoteId);
    if (remoteId && targetHasOwnChange && !this.options.noConflicts) {
      target.conflicts.push({ id: `a0C${remoteId.slice(3)}`, recordId: remoteId, fields: 'Phone' });
    } else if (remoteId && target.records.has(remoteId)) {
      target.write(remoteId, change.sobject, fields, Boolean(this.options.echo));
    } else {
      remoteId = target.newId(change.sobject);
      target.write(remoteId, change.sobject, fields, Boolean(this.options.echo));
    }
    source.links.set(change.recordId, { remoteId, lastSyncedAt: stamp });
    target.links.set(remoteId, { remoteId: change.recordId, lastSyncedAt: stamp });
    source.outboxRows.set(change.recordId, {
      status: 'Sent',
      attempts: (source.outboxRows.get(change.recordId)?.attempts ?? 0) + 1,
      lastError: '',
      deliveredAt: stamp
    });
    const run = source.initialSync;
    if (run && run.status === 'Running') {
      run.processed += 1;
      if (this.options.failInitialSync && run.processed * 2 >= run.total) run.status = 'Failed';
      else if (run.processed >= run.total) run.status = 'Completed';
    }
  }
}

/** A REST client that records what it was asked and answers from a script. */
export class FakeClient implements OrgClient {
  readonly inserted: { sobject: string; records: readonly Record<string, unknown>[] }[] = [];
  readonly credentials: { mode: string; values: Readonly<Record<string, string>> }[] = [];
  readonly queries: string[] = [];
  readonly apex: string[] = [];
  private counter = 0;

  constructor(
    readonly label: string,
    private readonly sessionValue: OrgSession,
    private readonly failInsertOf?: string,
    private readonly onInsert?: (
      sobject: string,
      records: readonly Record<string, unknown>[]
    ) => void
  ) {}

  async query(soql: string): Promise<QueryResult> {
    this.queries.push(soql);
    return { totalSize: 0, records: [] };
  }

  async insert(sobject: string, records: readonly Record<string, unknown>[]): Promise<string[]> {
    if (sobject === this.failInsertOf) {
      throw new OrgApiError(`${this.label}: insert ${sobject}: INVALID_FIELD: No such column`);
    }
    this.inserted.push({ sobject, records });
    this.onInsert?.(sobject, records);
    return records.map(() => {
      this.counter += 1;
      return `a0X${String(this.counter).padStart(12, '0')}AAA`;
    });
  }

  async insertOne(sobject: string): Promise<string> {
    const [id = ''] = await this.insert(sobject, [{}]);
    return id;
  }

  async update(): Promise<void> {
    return undefined;
  }

  async remove(): Promise<void> {
    return undefined;
  }

  async executeApex(apex: string): Promise<void> {
    this.apex.push(apex);
  }

  async setCredential(
    credential: { values: Readonly<Record<string, string>> },
    mode: string
  ): Promise<void> {
    this.credentials.push({ mode, values: credential.values });
  }

  async session(): Promise<OrgSession> {
    return this.sessionValue;
  }
}

/** A transport that answers each request from a handler and records it. */
export function scriptedTransport(
  handler: (request: RestRequest) => unknown,
  session: OrgSession = {
    instanceUrl: 'https://a.example.com',
    accessToken: 'secret-token',
    username: 'admin@a.example.com'
  }
): {
  requests: RestRequest[];
  request(request: RestRequest): Promise<unknown>;
  session(): Promise<OrgSession>;
} {
  const requests: RestRequest[] = [];
  return {
    requests,
    async request(request) {
      requests.push(request);
      const reply = handler(request);
      if (reply instanceof Error) throw reply;
      return reply;
    },
    async session() {
      return session;
    }
  };
}

export interface FakeE2eDeps extends E2eDeps {
  out: FakeDeps['out'];
  procCalls: FakeDeps['procCalls'];
  clients: Map<string, FakeClient>;
  tempDirs: string[];
}

/** A scratch repository holding only the delivery subscriber template the e2e deploys. */
function repoWithSubscriberTemplate(): string {
  const repo = tempRepo();
  repo.addFile(
    SUBSCRIBER_CONFIG_TEMPLATE,
    readFileSync(path.join(__dirname, '..', '..', '..', SUBSCRIBER_CONFIG_TEMPLATE), 'utf8')
  );
  return repo.root;
}

/** The e2e command's deps on a fake CLI and a fake world; org aliases end in -a or -b. */
export function fakeE2eDeps(
  sf: SfRunner,
  world: FakeWorld,
  options: {
    root?: string;
    failInsertOf?: string;
    signal?: AbortSignal;
    devHub?: DevHubStatus;
  } = {}
): FakeE2eDeps {
  const base = fakeDeps(sf, options.root ?? repoWithSubscriberTemplate(), options.devHub);
  const clients = new Map<string, FakeClient>();
  const tempDirs: string[] = [];
  const sideOf = (alias: string): 'a' | 'b' => (/-b(-integration)?$/.test(alias) ? 'b' : 'a');
  return {
    ...base,
    clients,
    tempDirs,
    clock: world.clock,
    sleep: world.sleep,
    async connect(alias, label) {
      const side = sideOf(alias);
      const client = new FakeClient(
        label,
        {
          instanceUrl: `https://${side}.scratch.example.com`,
          accessToken: FakeWorld.tokenOf(side),
          username: `${alias}@example.com`
        },
        options.failInsertOf,
        // Accounts seeded in A land in the fake org A, uncaptured (no connection exists yet).
        alias.endsWith('-a')
          ? (sobject, records) => {
              if (sobject !== 'Account') return;
              for (const fields of records)
                world.a.write(world.a.newId('Account'), 'Account', fields, false);
            }
          : undefined
      );
      clients.set(alias, client);
      return client;
    },
    crosswalk: (client) => (client.label === 'org B' ? world.b : world.a),
    tempDir() {
      const dir = mkdtempSync(path.join(os.tmpdir(), 'xw-e2e-test-'));
      tempDirs.push(dir);
      return dir;
    },
    runId: () => 'run1',
    signal: options.signal
  };
}
