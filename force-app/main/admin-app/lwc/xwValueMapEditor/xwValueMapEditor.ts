import { LightningElement, api } from 'lwc';
import { LABELS } from 'c/xwLabels';
import { format, type ValueMapsChangeDetail, type XwValueMap } from 'c/xwModel';

interface EntryView {
  key: string;
  index: number;
  salesforceValue: string;
  remoteValue: string;
  removeLabel: string;
  salesforceLabel: string;
  remoteLabel: string;
}

/**
 * The value map of one field: Salesforce value ↔ remote value pairs, with a shortcut that adds
 * every picklist value not mapped yet. Raises `valuemapschange` with the whole new list.
 */
export default class XwValueMapEditor extends LightningElement {
  @api valueMaps: XwValueMap[] | undefined;
  @api picklistValues: string[] | undefined;
  @api disabled = false;

  labels = LABELS;

  get entries(): EntryView[] {
    return (this.valueMaps ?? []).map((entry, index) => {
      const name = entry.SalesforceValue__c || String(index + 1);
      return {
        key: entry.Id ?? `value-${index}`,
        index,
        salesforceValue: entry.SalesforceValue__c ?? '',
        remoteValue: entry.RemoteValue__c ?? '',
        removeLabel: format(LABELS.valueMapRemove, name),
        salesforceLabel: `${LABELS.valueMapSalesforce} ${index + 1}`,
        remoteLabel: `${LABELS.valueMapRemote} ${index + 1}`
      };
    });
  }

  get isEmpty(): boolean {
    return (this.valueMaps ?? []).length === 0;
  }

  get hasPicklist(): boolean {
    return (this.picklistValues ?? []).length > 0;
  }

  private emit(valueMaps: XwValueMap[]): void {
    this.dispatchEvent(
      new CustomEvent<ValueMapsChangeDetail>('valuemapschange', { detail: { valueMaps } })
    );
  }

  handleChange(event: CustomEvent<{ value?: string }>): void {
    const target = event.target as HTMLElement;
    const index = Number(target.dataset.index);
    const key = target.dataset.key as 'SalesforceValue__c' | 'RemoteValue__c';
    const valueMaps = (this.valueMaps ?? []).map((entry, i) => {
      return i === index ? { ...entry, [key]: event.detail.value ?? '' } : entry;
    });
    this.emit(valueMaps);
  }

  handleAdd(): void {
    this.emit([...(this.valueMaps ?? []), { SalesforceValue__c: '', RemoteValue__c: '' }]);
  }

  handleAddPicklist(): void {
    const existing = new Set((this.valueMaps ?? []).map((entry) => entry.SalesforceValue__c));
    const added = (this.picklistValues ?? [])
      .filter((value) => !existing.has(value))
      .map((value) => ({ SalesforceValue__c: value, RemoteValue__c: '' }));
    this.emit([...(this.valueMaps ?? []), ...added]);
  }

  handleRemove(event: Event): void {
    const index = Number((event.currentTarget as HTMLElement).dataset.index);
    this.emit((this.valueMaps ?? []).filter((_, i) => i !== index));
  }
}
