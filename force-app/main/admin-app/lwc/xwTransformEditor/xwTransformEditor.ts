import { LightningElement, api } from 'lwc';
import { LABELS } from 'c/xwLabels';
import { splitList, type SettingsChangeDetail } from 'c/xwModel';
import { ROUNDING_MODES } from 'c/xwOptions';
import { parseSettings, settingsJson, type TransformSettings } from 'c/xwMappingRules';

/**
 * The settings of one transform (XwFieldTransformer's TransformSettings__c JSON): the template,
 * the constant, the fallback fields, the length, the scale and rounding, or the date format and
 * time zone. Raises `settingschange` with the new JSON.
 */
export default class XwTransformEditor extends LightningElement {
  @api transformType: string | undefined;
  @api settings: string | undefined;
  @api disabled = false;

  labels = LABELS;
  roundingModes = ROUNDING_MODES;

  get parsed(): TransformSettings {
    return parseSettings(this.settings);
  }

  private text(key: string): string {
    const value = this.parsed[key];
    if (Array.isArray(value)) return value.join(', ');
    return value === undefined ? '' : String(value);
  }

  get isValueMap(): boolean {
    return this.transformType === 'ValueMap';
  }
  get isTemplate(): boolean {
    return this.transformType === 'Template';
  }
  get isConstant(): boolean {
    return this.transformType === 'Constant';
  }
  get isFallbackChain(): boolean {
    return this.transformType === 'FallbackChain';
  }
  get isTruncate(): boolean {
    return this.transformType === 'Truncate';
  }
  get isNumberScale(): boolean {
    return this.transformType === 'NumberScale';
  }
  get isDateFormat(): boolean {
    return this.transformType === 'DateFormat';
  }

  get templateText(): string {
    return this.text('template');
  }
  get constantValue(): string {
    return this.text('value');
  }
  get fallbackFields(): string {
    return this.text('fields');
  }
  get defaultValue(): string {
    return this.text('default');
  }
  get salesforceDefault(): string {
    return this.text('salesforceDefault');
  }
  get maxLength(): string {
    return this.text('length');
  }
  get scale(): string {
    return this.text('scale');
  }
  get roundingMode(): string {
    return this.text('roundingMode') || 'HALF_UP';
  }
  get dateFormat(): string {
    return this.text('format');
  }
  get timeZone(): string {
    return this.text('timeZone');
  }

  handleChange(event: CustomEvent<{ value?: string }>): void {
    const target = event.target as HTMLElement;
    const key = target.dataset.key;
    if (!key) return;
    const raw = event.detail.value ?? '';
    let value: string | number | string[];
    if (target.dataset.kind === 'list') {
      value = splitList(raw);
    } else if (target.dataset.kind === 'number') {
      value = raw === '' ? '' : Number(raw);
    } else {
      value = raw;
    }
    const settings = settingsJson({ ...this.parsed, [key]: value });
    this.dispatchEvent(
      new CustomEvent<SettingsChangeDetail>('settingschange', { detail: { settings } })
    );
  }
}
