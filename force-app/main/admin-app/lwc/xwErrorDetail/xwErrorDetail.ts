import { LightningElement, api } from 'lwc';
import { LABELS } from 'c/xwLabels';
import { format, type ErrorActionDetail, type XwSyncError } from 'c/xwModel';
import { ERROR_CATEGORIES, ERROR_DIRECTIONS, ERROR_STATUSES, labelOf } from 'c/xwOptions';

/** One sync error in full: the whole message, the suggested action and Retry / Discard. */
export default class XwErrorDetail extends LightningElement {
  @api error: XwSyncError | undefined;
  @api disabled = false;

  labels = LABELS;

  get heading(): string {
    return format(LABELS.errorDetailTitle, this.error?.Name ?? '');
  }

  get category(): string {
    return labelOf(ERROR_CATEGORIES, this.error?.Category__c);
  }

  get status(): string {
    return labelOf(ERROR_STATUSES, this.error?.Status__c);
  }

  get direction(): string {
    return labelOf(ERROR_DIRECTIONS, this.error?.Direction__c);
  }

  get objectName(): string {
    return this.error?.ObjectMapping__r?.SalesforceObject__c ?? '';
  }

  get actionsDisabled(): boolean {
    return this.disabled || this.error?.Status__c === 'Discarded';
  }

  handleAction(event: Event): void {
    const action = (event.currentTarget as HTMLElement).dataset.action as
      ErrorActionDetail['action'] | undefined;
    if (!action || !this.error) return;
    this.dispatchEvent(
      new CustomEvent<ErrorActionDetail>('erroraction', { detail: { action, id: this.error.Id } })
    );
  }

  handleClose(): void {
    this.dispatchEvent(new CustomEvent('close'));
  }
}
