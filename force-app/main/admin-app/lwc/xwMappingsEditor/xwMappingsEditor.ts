import { api } from 'lwc';
import { ShowToastEvent } from 'lightning/platformShowToastEvent';
import listMappings from '@salesforce/apex/XwMappingsController.listMappings';
import getMapping from '@salesforce/apex/XwMappingsController.getMapping';
import listSalesforceObjects from '@salesforce/apex/XwMappingsController.listSalesforceObjects';
import describeSalesforceObject from '@salesforce/apex/XwMappingsController.describeSalesforceObject';
import describeRemote from '@salesforce/apex/XwMappingsController.describeRemote';
import validateMapping from '@salesforce/apex/XwMappingsController.validateMapping';
import saveMapping from '@salesforce/apex/XwMappingsController.saveMapping';
import XwConnectionSection from 'c/xwConnectionSection';
import { LABELS } from 'c/xwLabels';
import {
  format,
  newKey,
  objectPair,
  reduceErrors,
  type ConnectionRow,
  type FieldDetail,
  type MappingChangeDetail,
  type MappingDetail,
  type ObjectOption,
  type Problem,
  type RelationsChangeDetail,
  type RemoteFieldView,
  type RemoteObjectView,
  type RowChangeDetail,
  type RowIndexDetail,
  type RowValueMapsDetail,
  type SalesforceFieldInfo,
  type XwObjectMapping
} from 'c/xwModel';
import { draftProblems, mappingPayload, routeProblems } from 'c/xwMappingRules';

interface MappingItem {
  id: string;
  name: string;
  detail: string;
  inactive: boolean;
  itemClass: string;
  current: string | undefined;
}

interface FieldRowView {
  key: string;
  index: number;
  field: FieldDetail['field'];
  valueMaps: FieldDetail['valueMaps'];
  problems: Problem[];
}

const SYNC_TYPE_FOR_DIRECTION: Record<string, string> = {
  Both: 'Synchronize',
  ToRemote: 'Export',
  FromRemote: 'Import'
};

/**
 * Mappings section: the object mappings of the chosen connection and the editor of one of them
 * (object pickers driven by both describes, field rows with type hints, value maps, relations,
 * filter). Validation problems are shown next to the row they are about; nothing is saved while
 * the validator reports an error.
 */
export default class XwMappingsEditor extends XwConnectionSection {
  @api connections: ConnectionRow[] | undefined;

  labels = LABELS;
  mappings: XwObjectMapping[] = [];
  salesforceObjects: ObjectOption[] = [];
  remoteObjects: RemoteObjectView[] = [];
  remoteError: string | undefined;
  listError: string | undefined;
  loadingList = false;
  detail: MappingDetail | undefined;
  rowKeys: string[] = [];
  salesforceFields: SalesforceFieldInfo[] = [];
  describeError: string | undefined;
  loadingDetail = false;
  problems: Problem[] = [];
  validMessage: string | undefined;
  busy = false;

  override connectedCallback(): void {
    this.loadSalesforceObjects();
    super.connectedCallback();
  }

  protected override connectionChanged(): void {
    this.detail = undefined;
    this.loadConnection();
  }

  async loadSalesforceObjects(): Promise<void> {
    try {
      this.salesforceObjects = (await listSalesforceObjects()) ?? [];
    } catch (error) {
      this.listError = reduceErrors(error);
    }
  }

  async loadConnection(): Promise<void> {
    const connectionId = this.currentConnectionId;
    if (!connectionId) return;
    const ticket = this.nextLoad();
    this.loadingList = true;
    this.listError = undefined;
    this.remoteError = undefined;
    const [mappings, remote] = await Promise.allSettled([
      listMappings({ connectionId }),
      describeRemote({ connectionId })
    ]);
    // The remote's describe is slow: an answer for a connection left behind is dropped.
    if (!this.isLatest(ticket)) return;
    if (mappings.status === 'fulfilled') this.mappings = mappings.value ?? [];
    else this.listError = reduceErrors(mappings.reason);
    if (remote.status === 'fulfilled') {
      this.remoteObjects = remote.value ?? [];
    } else {
      this.remoteObjects = [];
      this.remoteError = format(LABELS.mappingRemoteUnavailable, reduceErrors(remote.reason));
    }
    this.loadingList = false;
  }

  async loadSalesforceFields(objectApiName: string | undefined): Promise<void> {
    this.salesforceFields = [];
    this.describeError = undefined;
    if (!objectApiName) return;
    try {
      this.salesforceFields = (await describeSalesforceObject({ objectApiName }))?.fields ?? [];
    } catch (error) {
      this.describeError = reduceErrors(error);
    }
  }

  get hasMappings(): boolean {
    return this.mappings.length > 0;
  }

  get showEmpty(): boolean {
    return !this.loadingList && !this.listError && this.mappings.length === 0;
  }

  get mappingItems(): MappingItem[] {
    return this.mappings.map((mapping) => {
      const selected = mapping.Id === this.detail?.mapping.Id;
      return {
        id: mapping.Id ?? '',
        name: mapping.Name ?? mapping.SalesforceObject__c ?? '',
        detail: objectPair(mapping),
        inactive: mapping.IsActive__c === false,
        itemClass: selected ? 'slds-nav-vertical__item slds-is-active' : 'slds-nav-vertical__item',
        current: selected ? 'page' : undefined
      };
    });
  }

  get hasDetail(): boolean {
    return this.detail !== undefined;
  }

  get editorTitle(): string {
    return this.detail?.mapping.Id
      ? (this.detail.mapping.Name ?? this.detail.mapping.SalesforceObject__c ?? '')
      : LABELS.mappingNewTitle;
  }

  get disabled(): boolean {
    return !this.canManage || this.busy;
  }

  get remoteFields(): RemoteFieldView[] {
    const name = this.detail?.mapping.RemoteObject__c;
    return this.remoteObjects.find((o) => o.name === name)?.fields ?? [];
  }

  get parentMappings(): XwObjectMapping[] {
    return this.mappings.filter((m) => m.Id !== this.detail?.mapping.Id);
  }

  get routing(): ReturnType<typeof routeProblems> {
    return routeProblems(this.problems);
  }

  get mappingProblems(): Problem[] {
    return this.routing.mapping;
  }

  get fieldRows(): FieldRowView[] {
    const byRow = this.routing.fields;
    return (this.detail?.fields ?? []).map((row, index) => ({
      key: this.rowKeys[index] ?? `row-${index}`,
      index,
      field: row.field,
      valueMaps: row.valueMaps,
      problems: byRow.get(index) ?? []
    }));
  }

  get hasFieldRows(): boolean {
    return (this.detail?.fields ?? []).length > 0;
  }

  get needsObject(): boolean {
    return !this.detail?.mapping.SalesforceObject__c;
  }

  private setDetail(detail: MappingDetail): void {
    this.detail = detail;
    this.validMessage = undefined;
  }

  handleNew(): void {
    const direction =
      (this.connections ?? []).find((row) => row.record.Id === this.currentConnectionId)?.record
        .DefaultDirection__c ?? 'Both';
    this.problems = [];
    this.rowKeys = [];
    this.salesforceFields = [];
    this.setDetail({
      mapping: {
        Connection__c: this.currentConnectionId,
        SyncType__c: SYNC_TYPE_FOR_DIRECTION[direction] ?? 'Synchronize',
        AllowCreateToRemote__c: true,
        AllowUpdateToRemote__c: true,
        AllowDeleteToRemote__c: false,
        AllowCreateFromRemote__c: true,
        AllowUpdateFromRemote__c: true,
        AllowDeleteFromRemote__c: false,
        IdGeneration__c: 'Salesforce',
        MatchingMode__c: 'Strict',
        SortOrder__c: 100,
        IsActive__c: true
      },
      fields: [],
      relations: []
    });
  }

  async handleOpen(event: Event): Promise<void> {
    const objectMappingId = (event.currentTarget as HTMLElement).dataset.id;
    if (!objectMappingId) return;
    await this.open(objectMappingId);
  }

  async open(objectMappingId: string): Promise<void> {
    const ticket = this.currentLoad();
    this.loadingDetail = true;
    this.problems = [];
    try {
      const detail = await getMapping({ objectMappingId });
      // A mapping of the connection the admin left is not opened under the new one.
      if (!this.isLatest(ticket)) return;
      this.rowKeys = detail.fields.map((row) => row.field.Id ?? newKey('row'));
      this.setDetail(detail);
      await this.loadSalesforceFields(detail.mapping.SalesforceObject__c);
    } catch (error) {
      this.listError = reduceErrors(error);
    } finally {
      this.loadingDetail = false;
    }
  }

  handleMappingChange(event: CustomEvent<MappingChangeDetail>): void {
    if (!this.detail) return;
    const changes = event.detail.changes;
    this.setDetail({ ...this.detail, mapping: { ...this.detail.mapping, ...changes } });
    if ('SalesforceObject__c' in changes) {
      this.loadSalesforceFields(changes.SalesforceObject__c);
    }
  }

  private updateRow(index: number, update: (row: FieldDetail) => FieldDetail): void {
    if (!this.detail) return;
    this.setDetail({
      ...this.detail,
      fields: this.detail.fields.map((row, i) => (i === index ? update(row) : row))
    });
  }

  handleRowChange(event: CustomEvent<RowChangeDetail>): void {
    const { index, changes } = event.detail;
    this.updateRow(index, (row) => ({ ...row, field: { ...row.field, ...changes } }));
  }

  handleRowValueMaps(event: CustomEvent<RowValueMapsDetail>): void {
    const { index, valueMaps } = event.detail;
    this.updateRow(index, (row) => ({ ...row, valueMaps }));
  }

  handleRowRemove(event: CustomEvent<RowIndexDetail>): void {
    if (!this.detail) return;
    const index = event.detail.index;
    this.rowKeys = this.rowKeys.filter((_, i) => i !== index);
    this.problems = [];
    this.setDetail({
      ...this.detail,
      fields: this.detail.fields.filter((_, i) => i !== index)
    });
  }

  handleAddField(): void {
    if (!this.detail) return;
    this.rowKeys = [...this.rowKeys, newKey('row')];
    this.setDetail({
      ...this.detail,
      fields: [
        ...this.detail.fields,
        { field: { Direction__c: 'Both', TransformType__c: 'None' }, valueMaps: [] }
      ]
    });
  }

  handleRelations(event: CustomEvent<RelationsChangeDetail>): void {
    if (!this.detail) return;
    this.setDetail({ ...this.detail, relations: event.detail.relations });
  }

  handleCancel(): void {
    this.detail = undefined;
    this.problems = [];
  }

  async handleValidate(): Promise<void> {
    if (!this.detail) return;
    const detail = this.detail;
    this.busy = true;
    try {
      const local = draftProblems(detail);
      const result = await validateMapping({ mappingJson: mappingPayload(detail) });
      this.problems = [...local, ...result.problems];
      this.validMessage = this.problems.length === 0 ? LABELS.mappingValid : undefined;
    } catch (error) {
      this.problems = [{ message: reduceErrors(error), severity: 'error' }];
    } finally {
      this.busy = false;
    }
  }

  async handleSave(): Promise<void> {
    if (!this.detail) return;
    const detail = this.detail;
    const local = draftProblems(detail);
    if (local.length > 0) {
      this.problems = local;
      return;
    }
    const ticket = this.currentLoad();
    this.busy = true;
    try {
      const result = await saveMapping({ mappingJson: mappingPayload(detail) });
      // Saved, but the admin moved to another connection meanwhile: its screen stays as it is.
      if (!this.isLatest(ticket)) return;
      this.problems = result.problems;
      if (result.success && result.recordId) {
        this.dispatchEvent(
          new ShowToastEvent({
            title: format(LABELS.mappingSaved, detail.mapping.SalesforceObject__c ?? ''),
            variant: 'success'
          })
        );
        await this.loadConnection();
        await this.open(result.recordId);
        this.problems = result.problems;
      }
    } catch (error) {
      this.problems = [{ message: reduceErrors(error), severity: 'error' }];
    } finally {
      this.busy = false;
    }
  }
}
