// What a scenario can do to and observe in one org, in Crosswalk's terms: records, files, the
// outbox, links, conflicts, sync errors, runs and the admin actions. Scenarios depend on this
// interface only, so their tests run against an in-memory pair of orgs.
import { E2E_CREDENTIAL, E2E_PRINCIPAL, E2E_TOKEN_PARAMETER } from './constants';
import { initialSyncApex, retryErrorsApex, syncNowApex, verifyConnectionApex } from './apex';
import type { OrgClient, SObjectRow } from './org-client';

export type Fields = Record<string, unknown>;

export interface RecordState {
  id: string;
  fields: Fields;
  /** SystemModstamp: changes on every write, including a touch that changes no field. */
  modstamp: string;
}

export interface OutboxState {
  status: string;
  attempts: number;
  lastError: string;
  deliveredAt: string;
}

export interface ConnectionState {
  status: string;
  frequency: string;
  lastError: string;
}

export interface SyncRunState {
  status: string;
  total: number;
  processed: number;
  failed: number;
}

export interface CrosswalkOrg {
  /** "A" or "B", for messages. */
  readonly name: string;
  create(sobject: string, fields: Fields): Promise<string>;
  createMany(sobject: string, records: readonly Fields[]): Promise<string[]>;
  update(sobject: string, id: string, fields: Fields): Promise<void>;
  remove(id: string): Promise<void>;
  /** The record, or undefined once it is deleted. */
  get(sobject: string, id: string, fields: readonly string[]): Promise<RecordState | undefined>;
  /** The one record whose field equals the value (the test's names are unique per run). */
  findBy(
    sobject: string,
    field: string,
    value: string,
    fields: readonly string[]
  ): Promise<RecordState | undefined>;
  countWithPrefix(sobject: string, namePrefix: string): Promise<number>;
  /** A File (ContentVersion) shared with the parent record; returns the ContentVersion id. */
  addFile(parentId: string, title: string): Promise<string>;
  addAttachment(parentId: string, name: string): Promise<string>;
  outbox(recordId: string): Promise<OutboxState | undefined>;
  /** When the record last synced either way (its Link), if it is linked. */
  lastSyncedAt(recordId: string): Promise<string | undefined>;
  openConflicts(recordId: string): Promise<{ id: string; fields: string }[]>;
  openErrors(recordId: string): Promise<{ id: string; category: string; message: string }[]>;
  connection(connectionId: string): Promise<ConnectionState>;
  updateConnection(connectionId: string, fields: Fields): Promise<void>;
  latestInitialSync(objectMappingId: string): Promise<SyncRunState | undefined>;
  syncNow(connectionId: string): Promise<void>;
  startInitialSync(objectMappingId: string): Promise<void>;
  retryErrors(syncErrorIds: readonly string[]): Promise<void>;
  verifyConnection(connectionId: string): Promise<void>;
  /** Sets the token this org sends to the other one (create the first time, then replace). */
  setRemoteToken(token: string, mode: 'create' | 'replace'): Promise<void>;
}

/** A SOQL string literal. */
export function soqlString(value: string): string {
  return `'${value.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
}

/** A SOQL LIKE pattern matching values that start with the prefix. */
export function likePrefix(prefix: string): string {
  const literal = soqlString(prefix).slice(1, -1);
  return `'${literal.replace(/[%_]/g, (c) => `\\${c}`)}%'`;
}

function str(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

function num(value: unknown): number {
  return typeof value === 'number' ? value : 0;
}

function toRecord(row: SObjectRow, fields: readonly string[]): RecordState {
  const values: Fields = {};
  for (const field of fields) values[field] = row[field] ?? null;
  return { id: str(row.Id), fields: values, modstamp: str(row.SystemModstamp) };
}

function selectList(fields: readonly string[]): string {
  return [...new Set(['Id', 'SystemModstamp', ...fields])].join(', ');
}

function base64(text: string): string {
  return Buffer.from(text, 'utf8').toString('base64');
}

export function crosswalkOrg(client: OrgClient, name: string): CrosswalkOrg {
  const first = async (soql: string): Promise<SObjectRow | undefined> =>
    (await client.query(soql)).records[0];

  return {
    name,
    async create(sobject, fields) {
      const [id = ''] = await client.insert(sobject, [fields]);
      return id;
    },
    createMany: (sobject, records) => client.insert(sobject, records),
    update: (sobject, id, fields) => client.update(sobject, [{ Id: id, ...fields }]),
    remove: (id) => client.remove([id]),

    async get(sobject, id, fields) {
      const row = await first(
        `SELECT ${selectList(fields)} FROM ${sobject} WHERE Id = ${soqlString(id)}`
      );
      return row ? toRecord(row, fields) : undefined;
    },

    async findBy(sobject, field, value, fields) {
      const row = await first(
        `SELECT ${selectList(fields)} FROM ${sobject} WHERE ${field} = ${soqlString(value)} ` +
          'ORDER BY CreatedDate DESC LIMIT 1'
      );
      return row ? toRecord(row, fields) : undefined;
    },

    async countWithPrefix(sobject, namePrefix) {
      const result = await client.query(
        `SELECT COUNT() FROM ${sobject} WHERE Name LIKE ${likePrefix(namePrefix)}`
      );
      return result.totalSize;
    },

    addFile: (parentId, title) =>
      client.insertOne('ContentVersion', {
        Title: title,
        PathOnClient: `${title}.txt`,
        VersionData: base64(`Crosswalk e2e file ${title}`),
        FirstPublishLocationId: parentId
      }),

    addAttachment: (parentId, attachmentName) =>
      client.insertOne('Attachment', {
        ParentId: parentId,
        Name: `${attachmentName}.txt`,
        Body: base64(`Crosswalk e2e attachment ${attachmentName}`)
      }),

    async outbox(recordId) {
      const row = await first(
        'SELECT Status__c, Attempts__c, LastError__c, DeliveredAt__c FROM XwOutbox__c ' +
          `WHERE RecordId__c = ${soqlString(recordId)} ORDER BY CapturedAt__c DESC LIMIT 1`
      );
      return row
        ? {
            status: str(row.Status__c),
            attempts: num(row.Attempts__c),
            lastError: str(row.LastError__c),
            deliveredAt: str(row.DeliveredAt__c)
          }
        : undefined;
    },

    async lastSyncedAt(recordId) {
      const row = await first(
        `SELECT LastSyncedAt__c FROM XwLink__c WHERE RecordId__c = ${soqlString(recordId)} ` +
          'ORDER BY LastSyncedAt__c DESC NULLS LAST LIMIT 1'
      );
      return row ? str(row.LastSyncedAt__c) || undefined : undefined;
    },

    async openConflicts(recordId) {
      const result = await client.query(
        'SELECT Id, ConflictingFields__c FROM XwConflict__c ' +
          `WHERE RecordId__c = ${soqlString(recordId)} AND Status__c = 'Open'`
      );
      return result.records.map((row) => ({
        id: str(row.Id),
        fields: str(row.ConflictingFields__c)
      }));
    },

    async openErrors(recordId) {
      const result = await client.query(
        'SELECT Id, Category__c, Message__c FROM XwSyncError__c ' +
          `WHERE RecordId__c = ${soqlString(recordId)} AND Status__c = 'Open'`
      );
      return result.records.map((row) => ({
        id: str(row.Id),
        category: str(row.Category__c),
        message: str(row.Message__c)
      }));
    },

    async connection(connectionId) {
      const row = await first(
        'SELECT Status__c, Frequency__c, LastError__c FROM XwConnection__c ' +
          `WHERE Id = ${soqlString(connectionId)}`
      );
      return {
        status: str(row?.Status__c),
        frequency: str(row?.Frequency__c),
        lastError: str(row?.LastError__c)
      };
    },

    updateConnection: (connectionId, fields) =>
      client.update('XwConnection__c', [{ Id: connectionId, ...fields }]),

    async latestInitialSync(objectMappingId) {
      const row = await first(
        'SELECT Status__c, TotalRecords__c, ProcessedRecords__c, FailedCount__c FROM XwSyncRun__c ' +
          `WHERE ObjectMapping__c = ${soqlString(objectMappingId)} AND Mode__c = 'InitialSync' ` +
          'ORDER BY CreatedDate DESC LIMIT 1'
      );
      return row
        ? {
            status: str(row.Status__c),
            total: num(row.TotalRecords__c),
            processed: num(row.ProcessedRecords__c),
            failed: num(row.FailedCount__c)
          }
        : undefined;
    },

    syncNow: (connectionId) => client.executeApex(syncNowApex(connectionId)),
    startInitialSync: (objectMappingId) => client.executeApex(initialSyncApex(objectMappingId)),
    retryErrors: (ids) => client.executeApex(retryErrorsApex(ids)),
    verifyConnection: (connectionId) => client.executeApex(verifyConnectionApex(connectionId)),

    setRemoteToken: (token, mode) =>
      client.setCredential(
        {
          externalCredential: E2E_CREDENTIAL,
          principalName: E2E_PRINCIPAL,
          values: { [E2E_TOKEN_PARAMETER]: token }
        },
        mode
      )
  };
}
