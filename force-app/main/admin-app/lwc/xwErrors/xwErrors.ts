import { ShowToastEvent } from 'lightning/platformShowToastEvent';
import listErrors from '@salesforce/apex/XwErrorsController.listErrors';
import retryErrors from '@salesforce/apex/XwErrorsController.retryErrors';
import discardErrors from '@salesforce/apex/XwErrorsController.discardErrors';
import XwConnectionSection from 'c/xwConnectionSection';
import { LABELS } from 'c/xwLabels';
import {
  format,
  reduceErrors,
  type ErrorActionDetail,
  type Option,
  type XwSyncError
} from 'c/xwModel';
import { ERROR_CATEGORIES, ERROR_STATUSES, labelOf, withAny } from 'c/xwOptions';

interface ErrorRow {
  Id: string;
  occurredAt?: string;
  objectName: string;
  recordId: string;
  fieldName: string;
  category: string;
  message: string;
  suggestedAction: string;
  status: string;
}

interface Column {
  label: string;
  fieldName?: string;
  type?: string;
  wrapText?: boolean;
  initialWidth?: number;
  typeAttributes?: Record<string, unknown>;
}

interface RowActionEvent {
  action: { name: string };
  row: ErrorRow;
}

const COLUMNS: Column[] = [
  {
    label: LABELS.colOccurred,
    fieldName: 'occurredAt',
    type: 'date',
    initialWidth: 150,
    typeAttributes: { month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit' }
  },
  { label: LABELS.colObject, fieldName: 'objectName', initialWidth: 110 },
  { label: LABELS.colRecord, fieldName: 'recordId', initialWidth: 170 },
  { label: LABELS.colField, fieldName: 'fieldName', initialWidth: 120 },
  { label: LABELS.colCategory, fieldName: 'category', initialWidth: 120 },
  { label: LABELS.colMessage, fieldName: 'message', wrapText: true },
  { label: LABELS.colSuggested, fieldName: 'suggestedAction', wrapText: true },
  { label: LABELS.colStatus, fieldName: 'status', initialWidth: 100 },
  {
    label: LABELS.colActions,
    type: 'action',
    typeAttributes: {
      rowActions: [
        { label: LABELS.details, name: 'details' },
        { label: LABELS.retry, name: 'retry' },
        { label: LABELS.discard, name: 'discard' }
      ]
    }
  }
];

/**
 * Errors section: sync errors filtered by status, category and text, with the suggested action
 * per row, a detail panel, and Retry / Discard for one error or the selected ones.
 */
export default class XwErrors extends XwConnectionSection {
  labels = LABELS;
  columns = COLUMNS;
  statusOptions: Option[] = withAny(ERROR_STATUSES);
  categoryOptions: Option[] = withAny(ERROR_CATEGORIES);
  status = 'Open';
  category = '';
  search = '';
  errors: XwSyncError[] = [];
  selectedIds: string[] = [];
  detailId: string | undefined;
  loading = false;
  loadError: string | undefined;
  acting = false;

  protected override connectionChanged(): void {
    this.load();
  }

  async load(): Promise<void> {
    const ticket = this.nextLoad();
    this.loading = true;
    this.loadError = undefined;
    try {
      const errors = await listErrors({
        connectionId: this.currentConnectionId,
        status: this.status,
        category: this.category
      });
      // An answer for another connection or older filters is dropped.
      if (!this.isLatest(ticket)) return;
      this.errors = errors ?? [];
      const ids = new Set(this.errors.map((e) => e.Id));
      this.selectedIds = this.selectedIds.filter((id) => ids.has(id));
      if (this.detailId && !ids.has(this.detailId)) this.detailId = undefined;
    } catch (error) {
      if (this.isLatest(ticket)) this.loadError = reduceErrors(error);
    } finally {
      if (this.isLatest(ticket)) this.loading = false;
    }
  }

  get rows(): ErrorRow[] {
    const needle = this.search.trim().toLowerCase();
    return this.errors
      .map((error) => ({
        Id: error.Id,
        occurredAt: error.OccurredAt__c,
        objectName: error.ObjectMapping__r?.SalesforceObject__c ?? '',
        recordId: error.RecordId__c ?? error.RemoteId__c ?? '',
        fieldName: error.FieldName__c ?? '',
        category: labelOf(ERROR_CATEGORIES, error.Category__c),
        message: error.Message__c ?? '',
        suggestedAction: error.SuggestedAction__c ?? '',
        status: labelOf(ERROR_STATUSES, error.Status__c)
      }))
      .filter(
        (row) =>
          !needle ||
          [row.recordId, row.fieldName, row.message, row.objectName].some((text) =>
            text.toLowerCase().includes(needle)
          )
      );
  }

  get hasRows(): boolean {
    return this.rows.length > 0;
  }

  get showEmpty(): boolean {
    return !this.loading && !this.loadError && !this.hasRows;
  }

  get countText(): string {
    return format(LABELS.errorsCount, this.rows.length);
  }

  get detail(): XwSyncError | undefined {
    return this.errors.find((error) => error.Id === this.detailId);
  }

  get bulkDisabled(): boolean {
    return !this.canManage || this.acting || this.selectedIds.length === 0;
  }

  get retrySelectedLabel(): string {
    return format(LABELS.retrySelected, this.selectedIds.length);
  }

  get discardSelectedLabel(): string {
    return format(LABELS.discardSelected, this.selectedIds.length);
  }

  get actionsDisabled(): boolean {
    return !this.canManage || this.acting;
  }

  handleStatus(event: CustomEvent<{ value?: string }>): void {
    this.status = event.detail.value ?? '';
    this.load();
  }

  handleCategory(event: CustomEvent<{ value?: string }>): void {
    this.category = event.detail.value ?? '';
    this.load();
  }

  handleSearch(event: CustomEvent<{ value?: string }>): void {
    this.search = event.detail.value ?? '';
  }

  handleSelection(event: CustomEvent<{ selectedRows: ErrorRow[] }>): void {
    this.selectedIds = event.detail.selectedRows.map((row) => row.Id);
  }

  handleRowAction(event: CustomEvent<RowActionEvent>): void {
    const { action, row } = event.detail;
    if (action.name === 'details') {
      this.detailId = row.Id;
    } else if (action.name === 'retry' || action.name === 'discard') {
      this.act(action.name, [row.Id]);
    }
  }

  handleDetailAction(event: CustomEvent<ErrorActionDetail>): void {
    this.act(event.detail.action, [event.detail.id]);
  }

  handleCloseDetail(): void {
    this.detailId = undefined;
  }

  handleRetrySelected(): void {
    this.act('retry', this.selectedIds);
  }

  handleDiscardSelected(): void {
    this.act('discard', this.selectedIds);
  }

  async act(action: 'retry' | 'discard', syncErrorIds: string[]): Promise<void> {
    if (!this.canManage || syncErrorIds.length === 0) return;
    this.acting = true;
    try {
      const changed =
        action === 'retry'
          ? await retryErrors({ syncErrorIds })
          : await discardErrors({ syncErrorIds });
      this.dispatchEvent(
        new ShowToastEvent({
          title: format(action === 'retry' ? LABELS.retried : LABELS.discarded, changed),
          variant: 'success'
        })
      );
      this.selectedIds = [];
      await this.load();
    } catch (error) {
      this.loadError = reduceErrors(error);
    } finally {
      this.acting = false;
    }
  }
}
