import { LightningElement, api } from 'lwc';
import { LABELS } from 'c/xwLabels';
import {
  format,
  type Option,
  type Problem,
  type RemoteFieldView,
  type RowChangeDetail,
  type RowIndexDetail,
  type RowValueMapsDetail,
  type SettingsChangeDetail,
  type ValueMapsChangeDetail,
  type SalesforceFieldInfo,
  type XwFieldMapping,
  type XwValueMap
} from 'c/xwModel';
import { DIRECTIONS, TRANSFORM_TYPES } from 'c/xwOptions';
import { canonicalRemoteType, compatibilityHint, type Hint } from 'c/xwMappingRules';

const HINT_CLASSES: Record<Hint['level'], string> = {
  ok: 'slds-text-color_success',
  warning: 'xw-hint_warning',
  error: 'slds-text-color_error',
  none: ''
};

const HINT_ICONS: Record<Hint['level'], string> = {
  ok: 'utility:success',
  warning: 'utility:warning',
  error: 'utility:error',
  none: ''
};

/**
 * One field mapping: Salesforce field ↔ remote field, direction, transform (with its settings or
 * value map), required and sensitive flags, the type-compatibility hint, and the validation
 * problems of this row right under it.
 */
export default class XwFieldMappingRow extends LightningElement {
  @api index = 0;
  @api field: XwFieldMapping | undefined;
  @api valueMaps: XwValueMap[] | undefined;
  @api salesforceFields: SalesforceFieldInfo[] | undefined;
  @api remoteFields: RemoteFieldView[] | undefined;
  @api problems: Problem[] | undefined;
  @api disabled = false;

  labels = LABELS;
  directions = DIRECTIONS;
  transformTypes = TRANSFORM_TYPES;

  get rowLabel(): string {
    return format(LABELS.fieldRowLabel, this.index + 1);
  }

  get removeLabel(): string {
    return format(LABELS.fieldRemoveRow, this.index + 1);
  }

  get boxClass(): string {
    const hasError = (this.problems ?? []).some((p) => p.severity !== 'warning');
    return hasError
      ? 'slds-box slds-box_x-small slds-m-bottom_x-small xw-row xw-row_error'
      : 'slds-box slds-box_x-small slds-m-bottom_x-small xw-row';
  }

  get salesforceField(): SalesforceFieldInfo | undefined {
    const name = this.field?.SalesforceField__c;
    return (this.salesforceFields ?? []).find((f) => f.name === name);
  }

  get hasSalesforceFields(): boolean {
    return (this.salesforceFields ?? []).length > 0;
  }

  get hasRemoteFields(): boolean {
    return (this.remoteFields ?? []).length > 0;
  }

  get salesforceOptions(): Option[] {
    return (this.salesforceFields ?? []).map((f) => ({
      value: f.name,
      label: `${f.label} (${f.name})`
    }));
  }

  get remoteOptions(): Option[] {
    const list = (this.remoteFields ?? []).map((f) => ({
      value: f.name,
      label: f.type ? `${f.label ?? f.name} (${f.type})` : (f.label ?? f.name)
    }));
    const current = this.field?.RemoteField__c;
    if (current && !list.some((o) => o.value === current)) {
      list.unshift({ value: current, label: current });
    }
    return list;
  }

  get remoteType(): string | undefined {
    if (this.field?.RemoteFieldType__c) return this.field.RemoteFieldType__c;
    const name = this.field?.RemoteField__c;
    return (this.remoteFields ?? []).find((f) => f.name === name)?.type;
  }

  get hint(): Hint {
    return compatibilityHint(this.salesforceField, this.remoteType, this.field?.TransformType__c);
  }

  get hasHint(): boolean {
    return this.hint.level !== 'none';
  }

  get hintClass(): string {
    return `slds-text-body_small slds-m-top_xx-small hint ${HINT_CLASSES[this.hint.level]}`;
  }

  get hintIcon(): string {
    return HINT_ICONS[this.hint.level];
  }

  get transformType(): string {
    return this.field?.TransformType__c ?? 'None';
  }

  get direction(): string {
    return this.field?.Direction__c ?? 'Both';
  }

  get showTransformEditor(): boolean {
    return this.transformType !== 'None';
  }

  get isValueMap(): boolean {
    return this.transformType === 'ValueMap';
  }

  get picklistValues(): string[] {
    return this.salesforceField?.picklistValues ?? [];
  }

  private emitChange(changes: Partial<XwFieldMapping>): void {
    this.dispatchEvent(
      new CustomEvent<RowChangeDetail>('rowchange', { detail: { index: this.index, changes } })
    );
  }

  handleSalesforceField(event: CustomEvent<{ value?: string }>): void {
    this.emitChange({ SalesforceField__c: event.detail.value ?? '' });
  }

  handleRemoteField(event: CustomEvent<{ value?: string }>): void {
    const name = event.detail.value ?? '';
    const described = (this.remoteFields ?? []).find((f) => f.name === name);
    const type = described?.type ? (canonicalRemoteType(described.type) ?? described.type) : '';
    this.emitChange({ RemoteField__c: name, RemoteFieldType__c: type });
  }

  handleDirection(event: CustomEvent<{ value?: string }>): void {
    this.emitChange({ Direction__c: event.detail.value });
  }

  handleTransformType(event: CustomEvent<{ value?: string }>): void {
    this.emitChange({ TransformType__c: event.detail.value, TransformSettings__c: '{}' });
  }

  handleFlag(event: CustomEvent<{ checked?: boolean }>): void {
    const key = (event.target as HTMLElement).dataset.key as 'IsRequired__c' | 'IsSensitive__c';
    this.emitChange({ [key]: event.detail.checked === true });
  }

  handleSettings(event: CustomEvent<SettingsChangeDetail>): void {
    this.emitChange({ TransformSettings__c: event.detail.settings });
  }

  handleValueMaps(event: CustomEvent<ValueMapsChangeDetail>): void {
    event.stopPropagation();
    this.dispatchEvent(
      new CustomEvent<RowValueMapsDetail>('rowvaluemaps', {
        detail: { index: this.index, valueMaps: event.detail.valueMaps }
      })
    );
  }

  handleRemove(): void {
    this.dispatchEvent(
      new CustomEvent<RowIndexDetail>('rowremove', { detail: { index: this.index } })
    );
  }
}
