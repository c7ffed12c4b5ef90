// The Crosswalk configuration file (formatVersion 1) as TypeScript types, the key rules the Apex
// import enforces (so a sample or hand-written file can be checked without an org), and the
// copy of the sample that ships as the static resource XwSampleConfig.
import fs from 'node:fs';
import path from 'node:path';

export const SAMPLE_FILE = path.join('samples', 'config', 'acme-erp.json');
export const SAMPLE_RESOURCE = path.join(
  'force-app',
  'main',
  'configuration',
  'staticresources',
  'XwSampleConfig.json'
);
export const SCHEMA_FILE = path.join('schemas', 'config', 'crosswalk-config.schema.json');

export interface ValueMap {
  name?: string;
  valueKey: string;
  salesforceValue: string;
  remoteValue: string;
}

export interface FieldMapping {
  name?: string;
  fieldKey: string;
  salesforceField: string;
  remoteField: string;
  remoteFieldType?: string;
  direction: 'Both' | 'ToRemote' | 'FromRemote';
  transformType?: string;
  transformSettings?: Record<string, unknown>;
  isRequired?: boolean;
  isSensitive?: boolean;
  valueMaps?: ValueMap[];
}

export interface RelationMapping {
  name?: string;
  relationKey: string;
  lookupField: string;
  remoteReferenceField: string;
  parentMappingKey: string;
}

export interface ObjectMapping {
  name?: string;
  mappingKey: string;
  salesforceObject: string;
  remoteObject: string;
  syncType: 'Synchronize' | 'Export' | 'Import';
  fieldMappings?: FieldMapping[];
  relationMappings?: RelationMapping[];
  [property: string]: unknown;
}

export interface ConfigFile {
  formatVersion: 1;
  exportedAt?: string;
  connection: { configKey: string; name: string; [property: string]: unknown };
  objectMappings: ObjectMapping[];
}

export interface KeyProblem {
  path: string;
  message: string;
}

/**
 * The key rules of XwConfigImport: every key starts with its parent's key and '/', is unique in
 * the file, and every relation's parent is an object mapping of the same file.
 */
export function keyProblems(config: ConfigFile): KeyProblem[] {
  const problems: KeyProblem[] = [];
  const seen = new Map<string, string>();
  const check = (path: string, kind: string, key: string, parentKey: string): void => {
    if (!key.startsWith(`${parentKey}/`)) {
      problems.push({ path, message: `${kind} ${key} must start with "${parentKey}/".` });
    }
    const first = seen.get(`${kind}\n${key}`);
    if (first !== undefined) {
      problems.push({ path, message: `Duplicate ${kind} ${key}: also at ${first}.` });
    } else {
      // Reported as the row that holds the key, like the Apex import does.
      seen.set(`${kind}\n${key}`, path.slice(0, path.lastIndexOf('.')));
    }
  };
  const mappingKeys = new Set(config.objectMappings.map((m) => m.mappingKey));
  config.objectMappings.forEach((mapping, i) => {
    const at = `objectMappings[${i}]`;
    check(`${at}.mappingKey`, 'mappingKey', mapping.mappingKey, config.connection.configKey);
    (mapping.fieldMappings ?? []).forEach((field, f) => {
      const fieldAt = `${at}.fieldMappings[${f}]`;
      check(`${fieldAt}.fieldKey`, 'fieldKey', field.fieldKey, mapping.mappingKey);
      (field.valueMaps ?? []).forEach((value, v) => {
        const valueAt = `${fieldAt}.valueMaps[${v}].valueKey`;
        check(valueAt, 'valueKey', value.valueKey, field.fieldKey);
      });
    });
    (mapping.relationMappings ?? []).forEach((relation, r) => {
      const relationAt = `${at}.relationMappings[${r}]`;
      check(`${relationAt}.relationKey`, 'relationKey', relation.relationKey, mapping.mappingKey);
      if (!mappingKeys.has(relation.parentMappingKey)) {
        problems.push({
          path: `${relationAt}.parentMappingKey`,
          message: `parentMappingKey ${relation.parentMappingKey} is not an object mapping in this file.`
        });
      }
    });
  });
  return problems;
}

/** Reads a configuration file (JSON) relative to a root directory. */
export function readConfig(root: string, file: string): ConfigFile {
  return JSON.parse(fs.readFileSync(path.join(root, file), 'utf8')) as ConfigFile;
}

/**
 * Copies the sample to the static resource when they differ; returns whether it was stale.
 * With `check` it only reports, so CI can fail on a forgotten copy.
 */
export function syncSampleResource(root: string, check = false): boolean {
  const sample = fs.readFileSync(path.join(root, SAMPLE_FILE));
  const target = path.join(root, SAMPLE_RESOURCE);
  const stale = !fs.existsSync(target) || !fs.readFileSync(target).equals(sample);
  if (stale && !check) {
    fs.writeFileSync(target, sample);
  }
  return stale;
}
