// The shapes the admin app's Apex controllers return (records arrive as plain objects keyed by
// API name; Aura leaves out empty fields, so every field is optional), and small helpers every
// screen shares: readable errors, label formatting, lists and JSON in text fields, ids for new rows.

export interface XwConnection {
  /** Set when the record is sent to Apex as an sObject parameter. */
  sobjectType?: 'XwConnection__c';
  Id?: string;
  Name?: string;
  ConfigKey__c?: string;
  RemoteType__c?: string;
  NamedCredential__c?: string;
  Environment__c?: string;
  Status__c?: string;
  Frequency__c?: string;
  DefaultDirection__c?: string;
  ConflictPolicy__c?: string;
  BatchSize__c?: number;
  DailyApiBudget__c?: number | null;
  ApiCallsToday__c?: number;
  MaxAttempts__c?: number;
  IsActive__c?: boolean;
  LastSyncAt__c?: string;
  LastVerifiedAt__c?: string;
  RemoteName__c?: string;
  RemoteVersion__c?: string;
  RemoteUser__c?: string;
  LastError__c?: string;
}

export interface ConnectionRow {
  record: XwConnection;
  objectsUnderSync: number;
  errorsLast24h: number;
  /** The later of the last delivery and the newest finished run (push and pull count too). */
  lastSyncAt?: string;
}

export interface VerifyResult {
  success: boolean;
  status?: string;
  remoteName?: string;
  version?: string;
  userName?: string;
  latencyMs?: number;
  objectCount?: number;
  message?: string;
}

export type Severity = 'error' | 'warning';

export interface Problem {
  path?: string;
  field?: string;
  message: string;
  severity: Severity;
}

export interface AdminResult {
  success: boolean;
  recordId?: string;
  problems: Problem[];
}

export interface ObjectOption {
  value: string;
  label: string;
}

export interface SalesforceFieldInfo {
  name: string;
  label: string;
  type: string;
  length?: number;
  scale?: number;
  updateable?: boolean;
  createable?: boolean;
  nillable?: boolean;
  externalId?: boolean;
  picklistValues: string[];
  referenceTo: string[];
}

export interface SalesforceObjectInfo {
  name: string;
  label: string;
  fields: SalesforceFieldInfo[];
}

export interface RemoteFieldView {
  name: string;
  label?: string;
  type?: string;
}

export interface RemoteObjectView {
  name: string;
  label?: string;
  fields: RemoteFieldView[];
}

export interface XwObjectMapping {
  Id?: string;
  Name?: string;
  Connection__c?: string;
  MappingKey__c?: string;
  SalesforceObject__c?: string;
  RemoteObject__c?: string;
  SyncType__c?: string;
  AllowCreateToRemote__c?: boolean;
  AllowUpdateToRemote__c?: boolean;
  AllowDeleteToRemote__c?: boolean;
  AllowCreateFromRemote__c?: boolean;
  AllowUpdateFromRemote__c?: boolean;
  AllowDeleteFromRemote__c?: boolean;
  IdGeneration__c?: string;
  IdPrefix__c?: string;
  ExternalIdField__c?: string;
  IdentifyingFields__c?: string;
  MatchingMode__c?: string;
  Filter__c?: string;
  RemoteModifiedField__c?: string;
  SyncFiles__c?: boolean;
  SortOrder__c?: number;
  IsActive__c?: boolean;
}

export interface XwFieldMapping {
  Id?: string;
  Name?: string;
  ObjectMapping__c?: string;
  FieldKey__c?: string;
  SalesforceField__c?: string;
  RemoteField__c?: string;
  RemoteFieldType__c?: string;
  Direction__c?: string;
  TransformType__c?: string;
  TransformSettings__c?: string;
  IsRequired__c?: boolean;
  IsSensitive__c?: boolean;
}

export interface XwValueMap {
  Id?: string;
  Name?: string;
  FieldMapping__c?: string;
  ValueKey__c?: string;
  SalesforceValue__c?: string;
  RemoteValue__c?: string;
}

export interface XwRelationMapping {
  Id?: string;
  Name?: string;
  ObjectMapping__c?: string;
  RelationKey__c?: string;
  LookupField__c?: string;
  RemoteReferenceField__c?: string;
  ParentObjectMapping__c?: string;
}

export interface FieldDetail {
  field: XwFieldMapping;
  valueMaps: XwValueMap[];
}

export interface MappingDetail {
  mapping: XwObjectMapping;
  fields: FieldDetail[];
  relations: XwRelationMapping[];
}

export interface LimitView {
  name: string;
  used?: number;
  max?: number;
}

export interface HourView {
  hour: string;
  synced: number;
  failed: number;
}

export interface HealthView {
  successRate?: number;
  averageLatencyMs?: number;
  recordsPerHour?: number;
  errorsLast24h?: number;
  apiCallsToday?: number;
  dailyApiBudget?: number;
  orgLimits: LimitView[];
  lastDay: HourView[];
}

export interface XwSyncRun {
  Id: string;
  Name?: string;
  ObjectMapping__c?: string;
  ObjectMapping__r?: { Name?: string };
  Status__c?: string;
  StartedAt__c?: string;
  FinishedAt__c?: string;
  /** The run's own ETA, when the initial sync computes one. */
  EstimatedFinishAt__c?: string;
  TotalRecords__c?: number;
  ProcessedRecords__c?: number;
  CreatedCount__c?: number;
  UpdatedCount__c?: number;
  FailedCount__c?: number;
  SkippedCount__c?: number;
}

export interface XwSyncError {
  Id: string;
  Name?: string;
  Connection__c?: string;
  Connection__r?: { Name?: string };
  ObjectMapping__c?: string;
  ObjectMapping__r?: { SalesforceObject__c?: string };
  RecordId__c?: string;
  RemoteId__c?: string;
  FieldName__c?: string;
  Code__c?: string;
  Message__c?: string;
  Category__c?: string;
  SuggestedAction__c?: string;
  Status__c?: string;
  Direction__c?: string;
  OccurredAt__c?: string;
}

export interface XwConflict {
  Id: string;
  Name?: string;
  Connection__c?: string;
  Connection__r?: { Name?: string };
  ObjectMapping__c?: string;
  ObjectMapping__r?: { SalesforceObject__c?: string; RemoteObject__c?: string };
  RecordId__c?: string;
  RemoteId__c?: string;
  SalesforceValues__c?: string;
  RemoteValues__c?: string;
  ConflictingFields__c?: string;
  Status__c?: string;
  DetectedAt__c?: string;
}

export interface SettingsView {
  syncEnabled: boolean;
  canManage: boolean;
}

/** A combobox option. */
export interface Option {
  label: string;
  value: string;
}

interface MessageCarrier {
  message?: unknown;
}

interface ApexErrorBody extends MessageCarrier {
  pageErrors?: MessageCarrier[];
  fieldErrors?: Record<string, MessageCarrier[]>;
}

function messageOf(value: unknown): string | undefined {
  if (typeof value === 'object' && value !== null && 'message' in value) {
    const message = (value as MessageCarrier).message;
    return typeof message === 'string' && message.length > 0 ? message : undefined;
  }
  return undefined;
}

/**
 * One readable sentence from whatever an Apex call or the platform rejected with: an
 * AuraHandledException body, page or field errors, a JavaScript Error, a list of those, or text.
 */
export function reduceErrors(error: unknown, fallback = 'Unknown error'): string {
  const errors = Array.isArray(error) ? error : [error];
  const messages: string[] = [];
  for (const item of errors) {
    if (typeof item === 'string') {
      messages.push(item);
      continue;
    }
    if (typeof item !== 'object' || item === null) continue;
    const body = (item as { body?: unknown }).body;
    if (Array.isArray(body)) {
      body.forEach((entry) => {
        const text = messageOf(entry);
        if (text) messages.push(text);
      });
    } else if (typeof body === 'object' && body !== null) {
      const apexBody = body as ApexErrorBody;
      (apexBody.pageErrors ?? []).forEach((entry) => {
        const text = messageOf(entry);
        if (text) messages.push(text);
      });
      Object.values(apexBody.fieldErrors ?? {}).forEach((list) =>
        list.forEach((entry) => {
          const text = messageOf(entry);
          if (text) messages.push(text);
        })
      );
      const text = messageOf(apexBody);
      if (text) messages.push(text);
    } else {
      const text = messageOf(item);
      if (text) messages.push(text);
    }
  }
  return messages.length > 0 ? [...new Set(messages)].join(' ') : fallback;
}

/** Fills `{0}`, `{1}`... in a label with the values. */
export function format(template: string, ...values: (string | number | undefined)[]): string {
  return template.replace(/\{(\d+)\}/g, (whole, index: string) => {
    const value = values[Number(index)];
    return value === undefined ? '' : String(value);
  });
}

/** The entries of a comma-separated field (IdentifyingFields__c, ConflictingFields__c), trimmed. */
export function splitList(text: string | undefined): string[] {
  return (text ?? '')
    .split(',')
    .map((part) => part.trim())
    .filter((part) => part.length > 0);
}

/** The object a JSON text holds; empty, broken or non-object JSON reads as {}. */
export function parseJsonObject(json: string | undefined): Record<string, unknown> {
  if (!json) return {};
  try {
    const parsed: unknown = JSON.parse(json);
    return typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed)
      ? (parsed as Record<string, unknown>)
      : {};
  } catch {
    return {};
  }
}

/** "Contact ↔ Person": the two objects an object mapping joins. */
export function objectPair(mapping: XwObjectMapping): string {
  return `${mapping.SalesforceObject__c ?? ''} ↔ ${mapping.RemoteObject__c ?? ''}`;
}

/** Object mappings as combobox options: by name, or by their two objects when unnamed. */
export function objectMappingOptions(mappings: readonly XwObjectMapping[]): Option[] {
  return mappings.map((mapping) => ({
    value: mapping.Id ?? '',
    label: mapping.Name ?? objectPair(mapping)
  }));
}

let counter = 0;

/** A key for a row that has no record Id yet (for:each needs one). */
export function newKey(prefix = 'new'): string {
  counter += 1;
  return `${prefix}-${counter}`;
}

/** A number with grouping, or the dash when there is none. */
export function formatNumber(value: number | undefined | null, maximumFractionDigits = 0): string {
  if (value === undefined || value === null || Number.isNaN(value)) return '—';
  return new Intl.NumberFormat(undefined, { maximumFractionDigits }).format(value);
}

// Events the presentational components raise to their containers.

/** xwTransformEditor `settingschange`: the new TransformSettings__c JSON. */
export interface SettingsChangeDetail {
  settings: string;
}

/** xwValueMapEditor `valuemapschange`: the whole new list. */
export interface ValueMapsChangeDetail {
  valueMaps: XwValueMap[];
}

/** xwFieldMappingRow `rowchange`: the fields of row `index` that changed. */
export interface RowChangeDetail {
  index: number;
  changes: Partial<XwFieldMapping>;
}

/** xwFieldMappingRow `rowvaluemaps`: the value maps of row `index`. */
export interface RowValueMapsDetail {
  index: number;
  valueMaps: XwValueMap[];
}

/** xwFieldMappingRow `rowremove` and xwRelationEditor row removal. */
export interface RowIndexDetail {
  index: number;
}

/** xwRelationEditor `relationschange`: the whole new list. */
export interface RelationsChangeDetail {
  relations: XwRelationMapping[];
}

/** xwMappingForm `mappingchange`: the fields of the object mapping that changed. */
export interface MappingChangeDetail {
  changes: Partial<XwObjectMapping>;
}

export type ConnectionAction = 'select' | 'edit' | 'verify' | 'pause' | 'resume' | 'syncnow';

/** xwConnectionList `connectionaction`. */
export interface ConnectionActionDetail {
  action: ConnectionAction;
  id: string;
}

/** xwConnectionForm `save`. */
export interface ConnectionSaveDetail {
  connection: XwConnection;
}

/** xwErrorDetail `erroraction`. */
export interface ErrorActionDetail {
  action: 'retry' | 'discard';
  id: string;
}

export type Side = 'Salesforce' | 'Remote';

/** xwConflictCompare `resolve`. */
export interface ResolveDetail {
  conflictId: string;
  sidePerField: Record<string, Side>;
}
