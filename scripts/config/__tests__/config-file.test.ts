import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Ajv from 'ajv';
import { REPO_ROOT } from '../../lib/proc';
import {
  type ConfigFile,
  keyProblems,
  readConfig,
  SAMPLE_FILE,
  SAMPLE_RESOURCE,
  SCHEMA_FILE,
  syncSampleResource
} from '../config-file';

const schema: unknown = JSON.parse(fs.readFileSync(path.join(REPO_ROOT, SCHEMA_FILE), 'utf8'));
const validate = new Ajv({ allErrors: true, strict: true }).compile(schema as object);

function sample(): ConfigFile {
  return readConfig(REPO_ROOT, SAMPLE_FILE);
}

function errorsOf(document: unknown): string[] {
  validate(document);
  return (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message ?? ''}`.trim());
}

describe('the configuration file schema', () => {
  it('accepts the sample configuration', () => {
    expect(errorsOf(sample())).toEqual([]);
  });

  it('ships the sample to the org byte for byte as the XwSampleConfig static resource', () => {
    const original = fs.readFileSync(path.join(REPO_ROOT, SAMPLE_FILE));
    const resource = fs.readFileSync(path.join(REPO_ROOT, SAMPLE_RESOURCE));
    expect(resource.equals(original)).toBe(true);
  });

  it('covers Account, Contact and Opportunity with relations to the account', () => {
    const config = sample();
    expect(config.objectMappings.map((m) => `${m.salesforceObject}:${m.remoteObject}`)).toEqual([
      'Account:Company',
      'Contact:Person',
      'Opportunity:Deal'
    ]);
    const relations = config.objectMappings.flatMap((m) => m.relationMappings ?? []);
    expect(relations.map((r) => `${r.lookupField}->${r.parentMappingKey}`)).toEqual([
      'AccountId->acme-erp/Account',
      'AccountId->acme-erp/Account'
    ]);
  });

  it('rejects another format version', () => {
    expect(errorsOf({ ...sample(), formatVersion: 2 })).toEqual([
      '/formatVersion must be equal to constant'
    ]);
  });

  it('rejects picklist values the org does not have', () => {
    const config = sample();
    const broken = {
      ...config,
      objectMappings: [{ ...config.objectMappings[0], syncType: 'Sideways' }]
    };
    expect(errorsOf(broken)).toContain(
      '/objectMappings/0/syncType must be equal to one of the allowed values'
    );
  });

  it('rejects a batch size above 200 and a missing key', () => {
    const config = sample();
    const withoutKey: Record<string, unknown> = { ...config.objectMappings[0] };
    delete withoutKey.mappingKey;
    const broken = {
      ...config,
      connection: { ...config.connection, batchSize: 500 },
      objectMappings: [withoutKey]
    };
    expect(errorsOf(broken)).toEqual(
      expect.arrayContaining([
        '/connection/batchSize must be <= 200',
        "/objectMappings/0 must have required property 'mappingKey'"
      ])
    );
  });

  it('has no place for secrets or runtime state', () => {
    const config = sample();
    expect(errorsOf({ ...config, connection: { ...config.connection, password: 'x' } })).toEqual([
      '/connection must NOT have additional properties'
    ]);
    expect(errorsOf({ ...config, connection: { ...config.connection, apiCallsToday: 3 } })).toEqual(
      ['/connection must NOT have additional properties']
    );
  });
});

describe('keyProblems', () => {
  it('finds none in the sample', () => {
    expect(keyProblems(sample())).toEqual([]);
  });

  it('reports keys outside their parent, duplicates and unknown parents with their paths', () => {
    const field = { salesforceField: 'Name', remoteField: 'name', direction: 'Both' as const };
    const broken: ConfigFile = {
      formatVersion: 1,
      connection: { configKey: 'acme', name: 'Acme' },
      objectMappings: [
        {
          mappingKey: 'other/Account',
          salesforceObject: 'Account',
          remoteObject: 'Company',
          syncType: 'Synchronize',
          fieldMappings: [
            {
              ...field,
              fieldKey: 'other/Account/Name',
              valueMaps: [{ valueKey: 'x', salesforceValue: 'A', remoteValue: 'a' }]
            },
            { ...field, fieldKey: 'other/Account/Name' }
          ],
          relationMappings: [
            {
              relationKey: 'other/Account/ParentId',
              lookupField: 'ParentId',
              remoteReferenceField: 'parentId',
              parentMappingKey: 'acme/Nowhere'
            }
          ]
        }
      ]
    };
    expect(keyProblems(broken)).toEqual([
      {
        path: 'objectMappings[0].mappingKey',
        message: 'mappingKey other/Account must start with "acme/".'
      },
      {
        path: 'objectMappings[0].fieldMappings[0].valueMaps[0].valueKey',
        message: 'valueKey x must start with "other/Account/Name/".'
      },
      {
        path: 'objectMappings[0].fieldMappings[1].fieldKey',
        message:
          'Duplicate fieldKey other/Account/Name: also at objectMappings[0].fieldMappings[0].'
      },
      {
        path: 'objectMappings[0].relationMappings[0].parentMappingKey',
        message: 'parentMappingKey acme/Nowhere is not an object mapping in this file.'
      }
    ]);
  });
});

describe('syncSampleResource', () => {
  let root: string;

  beforeEach(() => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'xw-config-'));
    fs.mkdirSync(path.join(root, path.dirname(SAMPLE_FILE)), { recursive: true });
    fs.mkdirSync(path.join(root, path.dirname(SAMPLE_RESOURCE)), { recursive: true });
    fs.writeFileSync(path.join(root, SAMPLE_FILE), '{"formatVersion": 1}\n');
  });

  afterEach(() => {
    fs.rmSync(root, { recursive: true, force: true });
  });

  it('only reports a missing or stale copy in check mode', () => {
    expect(syncSampleResource(root, true)).toBe(true);
    expect(fs.existsSync(path.join(root, SAMPLE_RESOURCE))).toBe(false);
  });

  it('copies the sample, then finds it up to date', () => {
    expect(syncSampleResource(root)).toBe(true);
    expect(fs.readFileSync(path.join(root, SAMPLE_RESOURCE), 'utf8')).toBe(
      '{"formatVersion": 1}\n'
    );
    expect(syncSampleResource(root, true)).toBe(false);
  });
});
