// Rules of the Mappings editor that need no server: the type compatibility hint shown next to
// each field row (the same table as XwConfigValidator.acceptedRemoteTypes, seed 001), routing of
// validation problems to the row they are about, transform settings JSON, and the payload the
// controller saves.
import { LABELS } from 'c/xwLabels';
import {
  format,
  parseJsonObject,
  type FieldDetail,
  type MappingDetail,
  type Problem,
  type SalesforceFieldInfo,
  type XwFieldMapping,
  type XwRelationMapping
} from 'c/xwModel';

export type HintLevel = 'ok' | 'warning' | 'error' | 'none';

export interface Hint {
  level: HintLevel;
  message: string;
}

const REMOTE_SYNONYMS: Record<string, string> = {
  text: 'Text',
  string: 'Text',
  longtext: 'LongText',
  textarea: 'LongText',
  boolean: 'Boolean',
  bool: 'Boolean',
  integer: 'Integer',
  int: 'Integer',
  long: 'Long',
  decimal: 'Decimal',
  number: 'Decimal',
  currency: 'Decimal',
  double: 'Double',
  float: 'Double',
  date: 'Date',
  datetime: 'DateTime',
  timestamp: 'DateTime'
};

const NUMBER_TYPES = ['double', 'integer', 'long', 'percent', 'currency'];
const TEXT_TYPES = [
  'string',
  'textarea',
  'email',
  'phone',
  'picklist',
  'multipicklist',
  'url',
  'encryptedstring',
  'combobox'
];
const NUMBERS = ['Integer', 'Long', 'Decimal', 'Double'];
const TEXTS = ['Text', 'LongText'];

/** A remote type in its canonical spelling (string → Text), or undefined when unknown. */
export function canonicalRemoteType(remoteType: string | undefined): string | undefined {
  return remoteType ? REMOTE_SYNONYMS[remoteType.trim().toLowerCase()] : undefined;
}

/** The remote types a Salesforce field type accepts, as the configuration validator says. */
export function acceptedRemoteTypes(salesforceType: string, transformType?: string): string[] {
  const type = salesforceType.toLowerCase();
  if ((type === 'date' || type === 'datetime') && transformType === 'DateFormat') {
    return [...TEXTS, 'Integer', 'Long', 'Date', 'DateTime'];
  }
  if (type === 'boolean') return ['Boolean'];
  if (type === 'date') return ['Date', 'DateTime'];
  if (type === 'datetime') return ['DateTime'];
  if (NUMBER_TYPES.includes(type)) return NUMBERS;
  if (TEXT_TYPES.includes(type)) return TEXTS;
  return [];
}

/**
 * The hint shown next to a field row: whether the remote field's type fits the Salesforce
 * field, and what to do when it does not (relation mapping, date format, value map) or what is
 * lost on the way (rounding, truncation).
 */
export function compatibilityHint(
  field: SalesforceFieldInfo | undefined,
  remoteType: string | undefined,
  transformType?: string
): Hint {
  if (!field) return { level: 'none', message: '' };
  const type = field.type.toLowerCase();
  if (type === 'reference') return { level: 'error', message: LABELS.hintRelation };
  if (type === 'id') return { level: 'error', message: LABELS.hintIdField };
  const accepted = acceptedRemoteTypes(type, transformType);
  if (accepted.length === 0) {
    return { level: 'error', message: format(LABELS.hintUnsupported, type) };
  }
  if (!remoteType) return { level: 'none', message: '' };
  const canonical = canonicalRemoteType(remoteType);
  if (!canonical) {
    return { level: 'warning', message: format(LABELS.hintUnknownRemoteType, remoteType) };
  }
  if (!accepted.includes(canonical)) {
    const advice =
      type === 'date' || type === 'datetime'
        ? ` ${LABELS.hintUseDateFormat}`
        : type === 'picklist' || type === 'multipicklist'
          ? ` ${LABELS.hintUseValueMap}`
          : '';
    return {
      level: 'error',
      message: format(LABELS.hintIncompatible, canonical, type, accepted.join(', ')) + advice
    };
  }
  if (NUMBER_TYPES.includes(type) && (canonical === 'Decimal' || canonical === 'Double')) {
    const scale = field.scale ?? 0;
    if (type === 'integer' || type === 'long' || scale === 0) {
      return { level: 'warning', message: format(LABELS.hintRounded, scale) };
    }
  }
  if (canonical === 'LongText' && type === 'string' && field.length) {
    return { level: 'warning', message: format(LABELS.hintTruncated, field.length) };
  }
  return { level: 'ok', message: format(LABELS.hintCompatible, canonical, type) };
}

/** Validation problems split by what they are about: the mapping, a field row, a relation. */
export interface ProblemRouting {
  mapping: Problem[];
  fields: Map<number, Problem[]>;
  relations: Map<number, Problem[]>;
}

const ROW_PATH = /^(fieldMappings|relationMappings)\[(\d+)\]/;

export function routeProblems(problems: readonly Problem[]): ProblemRouting {
  const routing: ProblemRouting = { mapping: [], fields: new Map(), relations: new Map() };
  for (const problem of problems) {
    const match = ROW_PATH.exec(problem.path ?? '');
    if (!match) {
      routing.mapping.push(problem);
      continue;
    }
    const target = match[1] === 'fieldMappings' ? routing.fields : routing.relations;
    const index = Number(match[2]);
    target.set(index, [...(target.get(index) ?? []), problem]);
  }
  return routing;
}

/** Problems the editor finds before asking the server: rows that name nothing. */
export function draftProblems(detail: MappingDetail): Problem[] {
  const problems: Problem[] = [];
  detail.fields.forEach((row, index) => {
    if (!row.field.SalesforceField__c && !row.field.RemoteField__c) {
      problems.push({
        path: `fieldMappings[${index}].SalesforceField__c`,
        field: 'SalesforceField__c',
        message: LABELS.fieldRowIncomplete,
        severity: 'error'
      });
    }
  });
  detail.relations.forEach((relation, index) => {
    if (
      !relation.LookupField__c ||
      !relation.RemoteReferenceField__c ||
      !relation.ParentObjectMapping__c
    ) {
      problems.push({
        path: `relationMappings[${index}].LookupField__c`,
        field: 'LookupField__c',
        message: LABELS.relationIncomplete,
        severity: 'error'
      });
    }
  });
  return problems;
}

export type TransformSettings = Record<string, string | number | string[]>;

/** The settings object of a TransformSettings__c JSON; broken or empty JSON reads as {}. */
export function parseSettings(json: string | undefined): TransformSettings {
  return parseJsonObject(json) as TransformSettings;
}

/** TransformSettings__c JSON without the empty entries. */
export function settingsJson(settings: TransformSettings): string {
  const kept: TransformSettings = {};
  for (const [key, value] of Object.entries(settings)) {
    const empty = value === '' || (Array.isArray(value) && value.length === 0);
    if (!empty && !(typeof value === 'number' && Number.isNaN(value))) kept[key] = value;
  }
  return JSON.stringify(kept);
}

const FIELD_KEYS: (keyof XwFieldMapping)[] = [
  'Id',
  'Name',
  'FieldKey__c',
  'SalesforceField__c',
  'RemoteField__c',
  'RemoteFieldType__c',
  'Direction__c',
  'TransformType__c',
  'TransformSettings__c',
  'IsRequired__c',
  'IsSensitive__c'
];
const RELATION_KEYS: (keyof XwRelationMapping)[] = [
  'Id',
  'Name',
  'RelationKey__c',
  'LookupField__c',
  'RemoteReferenceField__c',
  'ParentObjectMapping__c'
];

function pick<T extends object>(record: T, keys: readonly (keyof T)[]): T {
  const copy = {} as T;
  for (const key of keys) {
    if (record[key] !== undefined && record[key] !== null) copy[key] = record[key];
  }
  return copy;
}

/**
 * The JSON the controller's saveMapping and validateMapping read: only the fields the editor
 * changes (never the master-detail parents of existing rows, nor read-only fields).
 */
export function mappingPayload(detail: MappingDetail): string {
  const payload: MappingDetail = {
    mapping: { ...detail.mapping },
    fields: detail.fields.map((row: FieldDetail): FieldDetail => ({
      field: pick(row.field, FIELD_KEYS),
      valueMaps: row.valueMaps
        .filter((entry) => entry.SalesforceValue__c || entry.RemoteValue__c)
        .map((entry) => ({
          ...(entry.Id ? { Id: entry.Id } : {}),
          ...(entry.ValueKey__c ? { ValueKey__c: entry.ValueKey__c } : {}),
          SalesforceValue__c: entry.SalesforceValue__c ?? '',
          RemoteValue__c: entry.RemoteValue__c ?? ''
        }))
    })),
    relations: detail.relations.map((relation) => pick(relation, RELATION_KEYS))
  };
  return JSON.stringify(payload);
}
