import { LightningElement, api } from 'lwc';
import { LABELS } from 'c/xwLabels';
import {
  format,
  type ConnectionSaveDetail,
  type Option,
  type Problem,
  type XwConnection
} from 'c/xwModel';
import {
  CONFLICT_POLICIES,
  DIRECTIONS,
  ENVIRONMENTS,
  FREQUENCIES,
  REMOTE_TYPES
} from 'c/xwOptions';

type FieldKind = 'text' | 'number' | 'combobox' | 'toggle';
type EditableField = keyof XwConnection;

interface FormField {
  name: EditableField;
  label: string;
  kind: FieldKind;
  options?: Option[];
  required?: boolean;
  help?: string;
  min?: number;
  max?: number;
}

interface FieldView extends FormField {
  key: string;
  value: string | number | boolean | undefined;
  problem?: string;
  isText: boolean;
  isNumber: boolean;
  isCombobox: boolean;
  isToggle: boolean;
}

const FIELDS: FormField[] = [
  { name: 'Name', label: LABELS.fieldName, kind: 'text', required: true },
  {
    name: 'RemoteType__c',
    label: LABELS.fieldRemoteType,
    kind: 'combobox',
    options: REMOTE_TYPES,
    required: true
  },
  {
    name: 'NamedCredential__c',
    label: LABELS.fieldNamedCredential,
    kind: 'text',
    required: true,
    help: LABELS.fieldNamedCredentialHelp
  },
  {
    name: 'Environment__c',
    label: LABELS.fieldEnvironment,
    kind: 'combobox',
    options: ENVIRONMENTS
  },
  {
    name: 'Frequency__c',
    label: LABELS.fieldFrequency,
    kind: 'combobox',
    options: FREQUENCIES,
    required: true
  },
  {
    name: 'DefaultDirection__c',
    label: LABELS.fieldDefaultDirection,
    kind: 'combobox',
    options: DIRECTIONS,
    required: true
  },
  {
    name: 'ConflictPolicy__c',
    label: LABELS.fieldConflictPolicy,
    kind: 'combobox',
    options: CONFLICT_POLICIES,
    required: true
  },
  { name: 'BatchSize__c', label: LABELS.fieldBatchSize, kind: 'number', min: 1, max: 200 },
  { name: 'DailyApiBudget__c', label: LABELS.fieldDailyApiBudget, kind: 'number', min: 1 },
  { name: 'MaxAttempts__c', label: LABELS.fieldMaxAttempts, kind: 'number', min: 1, max: 99 },
  { name: 'IsActive__c', label: LABELS.fieldActive, kind: 'toggle' }
];

const NEW_CONNECTION: XwConnection = {
  RemoteType__c: 'RestJson',
  Environment__c: 'Sandbox',
  Frequency__c: 'RealTime',
  DefaultDirection__c: 'Both',
  ConflictPolicy__c: 'SalesforceWins',
  BatchSize__c: 200,
  MaxAttempts__c: 5,
  IsActive__c: false
};

/**
 * Create or edit a connection. Each validation problem is shown under its field; `save`
 * carries the edited record, `cancel` closes the form.
 */
export default class XwConnectionForm extends LightningElement {
  @api problems: Problem[] | undefined;
  @api saving = false;

  labels = LABELS;
  draft: XwConnection = { ...NEW_CONNECTION };
  private original: XwConnection | undefined;

  @api
  get record(): XwConnection | undefined {
    return this.original;
  }
  set record(value: XwConnection | undefined) {
    this.original = value;
    this.draft = value ? { ...value } : { ...NEW_CONNECTION };
  }

  get heading(): string {
    return this.original?.Id
      ? format(LABELS.connectionEditTitle, this.original.Name ?? '')
      : LABELS.connectionNew;
  }

  get fields(): FieldView[] {
    const problems = this.problems ?? [];
    return FIELDS.map((field) => {
      const problem = problems
        .filter((p) => p.field === field.name || p.path === field.name)
        .map((p) => p.message)
        .join(' ');
      const raw = this.draft[field.name];
      return {
        ...field,
        key: field.name,
        value: raw === null ? undefined : raw,
        problem: problem || undefined,
        isText: field.kind === 'text',
        isNumber: field.kind === 'number',
        isCombobox: field.kind === 'combobox',
        isToggle: field.kind === 'toggle'
      };
    });
  }

  get generalProblems(): Problem[] {
    const names = new Set<string>(FIELDS.map((f) => f.name));
    return (this.problems ?? []).filter((p) => !names.has(p.field ?? p.path ?? ''));
  }

  handleChange(event: CustomEvent<{ value?: string; checked?: boolean }>): void {
    const name = (event.target as HTMLElement).dataset.name as EditableField | undefined;
    const field = FIELDS.find((f) => f.name === name);
    if (!field || !name) return;
    let value: string | number | boolean | null | undefined;
    if (field.kind === 'toggle') {
      value = event.detail.checked === true;
    } else if (field.kind === 'number') {
      const text = event.detail.value ?? '';
      value = text === '' ? null : Number(text);
    } else {
      value = event.detail.value;
    }
    this.draft = { ...this.draft, [name]: value };
  }

  /** Only what the form edits (plus the record's identity): never counters or sync state. */
  handleSave(): void {
    const connection: XwConnection = {};
    const source = this.draft as Record<string, unknown>;
    const target = connection as Record<string, unknown>;
    for (const name of ['Id', 'ConfigKey__c', ...FIELDS.map((f) => f.name)]) {
      if (source[name] !== undefined) target[name] = source[name];
    }
    this.dispatchEvent(new CustomEvent<ConnectionSaveDetail>('save', { detail: { connection } }));
  }

  handleCancel(): void {
    this.dispatchEvent(new CustomEvent('cancel'));
  }
}
