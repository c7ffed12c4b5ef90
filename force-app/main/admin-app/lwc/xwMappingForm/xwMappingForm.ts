import { LightningElement, api } from 'lwc';
import { LABELS } from 'c/xwLabels';
import {
  splitList,
  type MappingChangeDetail,
  type ObjectOption,
  type Option,
  type Problem,
  type RemoteFieldView,
  type RemoteObjectView,
  type SalesforceFieldInfo,
  type XwObjectMapping
} from 'c/xwModel';
import { ID_GENERATION, MATCHING_MODES, SYNC_TYPES } from 'c/xwOptions';

type OperationField =
  | 'AllowCreateToRemote__c'
  | 'AllowUpdateToRemote__c'
  | 'AllowDeleteToRemote__c'
  | 'AllowCreateFromRemote__c'
  | 'AllowUpdateFromRemote__c'
  | 'AllowDeleteFromRemote__c';

const TO_REMOTE: OperationField[] = [
  'AllowCreateToRemote__c',
  'AllowUpdateToRemote__c',
  'AllowDeleteToRemote__c'
];
const FROM_REMOTE: OperationField[] = [
  'AllowCreateFromRemote__c',
  'AllowUpdateFromRemote__c',
  'AllowDeleteFromRemote__c'
];

function operationOptions(fields: OperationField[]): Option[] {
  return [
    { value: fields[0], label: LABELS.opCreate },
    { value: fields[1], label: LABELS.opUpdate },
    { value: fields[2], label: LABELS.opDelete }
  ];
}

/**
 * The object mapping's own settings: the Salesforce object (from the org's describe) and the
 * remote object (from the remote's describe), sync type, allowed operations each way, ID
 * generation, External ID and identifying fields with the matching mode, and the filter.
 * Raises `mappingchange` with the fields that changed.
 */
export default class XwMappingForm extends LightningElement {
  @api mapping: XwObjectMapping | undefined;
  @api salesforceObjects: ObjectOption[] | undefined;
  @api remoteObjects: RemoteObjectView[] | undefined;
  @api salesforceFields: SalesforceFieldInfo[] | undefined;
  @api remoteFields: RemoteFieldView[] | undefined;
  @api problems: Problem[] | undefined;
  @api disabled = false;

  labels = LABELS;
  syncTypes = SYNC_TYPES;
  idGenerationOptions = ID_GENERATION;
  matchingModes = MATCHING_MODES;
  toRemoteOptions = operationOptions(TO_REMOTE);
  fromRemoteOptions = operationOptions(FROM_REMOTE);

  get salesforceObjectOptions(): Option[] {
    return (this.salesforceObjects ?? []).map((o) => ({ value: o.value, label: o.label }));
  }

  get hasRemoteObjects(): boolean {
    return (this.remoteObjects ?? []).length > 0;
  }

  get remoteObjectOptions(): Option[] {
    return (this.remoteObjects ?? []).map((o) => ({ value: o.name, label: o.label ?? o.name }));
  }

  get hasRemoteFields(): boolean {
    return (this.remoteFields ?? []).length > 0;
  }

  get remoteFieldOptions(): Option[] {
    return (this.remoteFields ?? []).map((f) => ({ value: f.name, label: f.label ?? f.name }));
  }

  get externalIdOptions(): Option[] {
    return (this.salesforceFields ?? [])
      .filter((f) => f.externalId === true)
      .map((f) => ({ value: f.name, label: `${f.label} (${f.name})` }));
  }

  get identifyingOptions(): Option[] {
    return (this.salesforceFields ?? [])
      .filter((f) => f.type !== 'id' && f.type !== 'reference' && f.type !== 'textarea')
      .map((f) => ({ value: f.name, label: `${f.label} (${f.name})` }));
  }

  get identifyingValue(): string[] {
    return splitList(this.mapping?.IdentifyingFields__c);
  }

  get toRemoteValue(): string[] {
    return TO_REMOTE.filter((field) => this.mapping?.[field] === true);
  }

  get fromRemoteValue(): string[] {
    return FROM_REMOTE.filter((field) => this.mapping?.[field] === true);
  }

  get isPrefixCounter(): boolean {
    return this.mapping?.IdGeneration__c === 'PrefixCounter';
  }

  /** Problems not shown next to their input (those of the filter and the External ID are). */
  get generalProblems(): Problem[] {
    return (this.problems ?? []).filter(
      (p) => p.field !== 'Filter__c' && p.field !== 'ExternalIdField__c'
    );
  }

  get filterProblem(): string | undefined {
    return this.problemOf('Filter__c');
  }

  get externalIdProblem(): string | undefined {
    return this.problemOf('ExternalIdField__c');
  }

  private problemOf(field: string): string | undefined {
    const text = (this.problems ?? [])
      .filter((p) => p.field === field)
      .map((p) => p.message)
      .join(' ');
    return text || undefined;
  }

  private emit(changes: Partial<XwObjectMapping>): void {
    this.dispatchEvent(
      new CustomEvent<MappingChangeDetail>('mappingchange', { detail: { changes } })
    );
  }

  handleValue(event: CustomEvent<{ value?: string }>): void {
    const key = (event.target as HTMLElement).dataset.key as keyof XwObjectMapping;
    const target = event.target as HTMLElement & { type?: string };
    const value =
      target.type === 'number'
        ? Number(event.detail.value ?? 0)
        : ((event.detail.value ?? '') as string);
    this.emit({ [key]: value });
  }

  handleChecked(event: CustomEvent<{ checked?: boolean }>): void {
    const key = (event.target as HTMLElement).dataset.key as keyof XwObjectMapping;
    this.emit({ [key]: event.detail.checked === true });
  }

  handleOperations(event: CustomEvent<{ value?: string[] }>): void {
    const side = (event.target as HTMLElement).dataset.side === 'to' ? TO_REMOTE : FROM_REMOTE;
    const chosen = new Set(event.detail.value ?? []);
    const changes: Partial<XwObjectMapping> = {};
    side.forEach((field) => {
      changes[field] = chosen.has(field);
    });
    this.emit(changes);
  }

  handleIdentifying(event: CustomEvent<{ value?: string[] }>): void {
    this.emit({ IdentifyingFields__c: (event.detail.value ?? []).join(',') });
  }
}
