import { LightningElement, api } from 'lwc';
import { LABELS } from 'c/xwLabels';
import {
  format,
  parseJsonObject,
  splitList,
  type ResolveDetail,
  type Side,
  type XwConflict
} from 'c/xwModel';

interface CompareRow {
  key: string;
  field: string;
  salesforceValue: string;
  remoteValue: string;
  conflicting: boolean;
  rowClass: string;
  groupName: string;
  salesforceChecked: boolean;
  remoteChecked: boolean;
  salesforceLabel: string;
  remoteLabel: string;
}

function display(value: unknown): string {
  if (value === undefined || value === null || value === '') return LABELS.conflictEmptyValue;
  return typeof value === 'object' ? JSON.stringify(value) : String(value);
}

/**
 * Both versions of a conflicting record side by side, one row per field. For every conflicting
 * field the admin keeps the Salesforce value or takes the remote one; `resolve` carries the side
 * per field once every conflicting field has one.
 */
export default class XwConflictCompare extends LightningElement {
  @api disabled = false;
  @api applying = false;

  labels = LABELS;
  choices: Record<string, Side> = {};
  private current: XwConflict | undefined;

  @api
  get conflict(): XwConflict | undefined {
    return this.current;
  }
  set conflict(value: XwConflict | undefined) {
    if (value?.Id !== this.current?.Id) this.choices = {};
    this.current = value;
  }

  get conflictingFields(): string[] {
    return splitList(this.current?.ConflictingFields__c);
  }

  get heading(): string {
    return format(
      LABELS.conflictCompareTitle,
      this.current?.RecordId__c ?? '',
      this.current?.RemoteId__c ?? ''
    );
  }

  get rows(): CompareRow[] {
    const salesforce = parseJsonObject(this.current?.SalesforceValues__c);
    const remote = parseJsonObject(this.current?.RemoteValues__c);
    const conflicting = this.conflictingFields;
    const others = Object.keys({ ...salesforce, ...remote })
      .filter((field) => !conflicting.includes(field))
      .sort();
    return [...conflicting, ...others].map((field) => {
      const isConflicting = conflicting.includes(field);
      const choice = this.choices[field];
      return {
        key: field,
        field,
        salesforceValue: display(salesforce[field]),
        remoteValue: display(remote[field]),
        conflicting: isConflicting,
        rowClass: isConflicting ? 'xw-conflicting' : 'slds-text-color_weak',
        groupName: `side-${field}`,
        salesforceChecked: choice === 'Salesforce',
        remoteChecked: choice === 'Remote',
        salesforceLabel: format(LABELS.conflictKeepSalesforce, field),
        remoteLabel: format(LABELS.conflictKeepRemote, field)
      };
    });
  }

  get remaining(): number {
    return this.conflictingFields.filter((field) => !this.choices[field]).length;
  }

  get remainingText(): string {
    return format(LABELS.conflictChooseAll, this.remaining);
  }

  get applyDisabled(): boolean {
    return this.disabled || this.applying || this.remaining > 0;
  }

  handleChoice(event: Event): void {
    const input = event.target as HTMLInputElement;
    const field = input.dataset.field;
    if (!field) return;
    this.choices = { ...this.choices, [field]: input.value as Side };
  }

  handleAll(event: Event): void {
    const side = (event.currentTarget as HTMLElement).dataset.side as Side;
    const choices: Record<string, Side> = {};
    this.conflictingFields.forEach((field) => {
      choices[field] = side;
    });
    this.choices = choices;
  }

  handleApply(): void {
    if (!this.current || this.remaining > 0) return;
    const sidePerField: Record<string, Side> = {};
    this.conflictingFields.forEach((field) => {
      sidePerField[field] = this.choices[field];
    });
    this.dispatchEvent(
      new CustomEvent<ResolveDetail>('resolve', {
        detail: { conflictId: this.current.Id, sidePerField }
      })
    );
  }
}
