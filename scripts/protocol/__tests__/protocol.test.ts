// Contract tests of the Crosswalk protocol v1: every golden fixture is an instance of its JSON
// Schema, a broken copy of each is rejected, and the static resource that ships the fixtures to
// Apex tests holds exactly the fixtures folder.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildFixtures } from '../build-fixtures';
import {
  BUNDLE_FILE,
  FIXTURES_DIR,
  SCHEMAS_DIR,
  buildBundle,
  bundleText,
  createValidator,
  fixtureNames,
  isBundleCurrent,
  schemaNameOf,
  schemaNames,
  validate,
  validateFixtures,
  writeBundle,
  type Json
} from '../fixtures';

type JsonObject = { [key: string]: Json };

const validator = createValidator();
const load = (name: string): Json =>
  JSON.parse(fs.readFileSync(path.join(FIXTURES_DIR, `${name}.json`), 'utf8')) as Json;
const copy = <T extends Json>(value: T): T => JSON.parse(JSON.stringify(value)) as T;
const asObject = (value: Json): JsonObject => value as JsonObject;
const asArray = (value: Json): Json[] => value as Json[];
const tempDir = (): string => fs.mkdtempSync(path.join(os.tmpdir(), 'xw-protocol-'));

function expectInvalid(fixture: string, mutate: (value: Json) => Json): void {
  const broken = mutate(copy(load(fixture)));
  expect(validate(validator, schemaNameOf(fixture), broken)).not.toEqual([]);
}

describe('golden fixtures', () => {
  it('are all valid against their schemas, and every schema has a fixture', () => {
    expect(validateFixtures()).toEqual([]);
  });

  it('cover the protocol messages and the Salesforce answers the adapters read', () => {
    const covered = new Set(fixtureNames().map(schemaNameOf));
    for (const schema of schemaNames().filter((name) => name !== 'common')) {
      expect(covered).toContain(schema);
    }
    expect(fixtureNames().length).toBeGreaterThanOrEqual(20);
  });

  it('pair every request operation with one result, in order', () => {
    const request = asObject(load('records-request.mixed'));
    const response = asObject(load('records-response.mixed'));
    const opIds = asArray(request.operations ?? []).map((op) => asObject(op).operationId);
    const resultIds = asArray(response.results ?? []).map((r) => asObject(r).operationId);
    expect(resultIds).toEqual(opIds);
    const statuses = asArray(response.results ?? []).map((r) => asObject(r).status);
    expect(statuses).toEqual(['created', 'updated', 'deleted', 'conflict', 'error']);
  });

  describe.each(fixtureNames())('%s, broken', (fixture) => {
    it('fails validation when a required part is removed', () => {
      expectInvalid(fixture, (value) => {
        if (Array.isArray(value)) return 'not an array';
        const schema = JSON.parse(
          fs.readFileSync(path.join(SCHEMAS_DIR, `${schemaNameOf(fixture)}.schema.json`), 'utf8')
        ) as { required?: string[] };
        const object = asObject(value);
        const removed = schema.required?.[0] ?? Object.keys(object)[0] ?? '';
        return Object.fromEntries(Object.entries(object).filter(([key]) => key !== removed));
      });
    });
  });

  it.each<[string, string, (value: Json) => Json]>([
    [
      'a batch of 201 operations',
      'records-request.mixed',
      (v) => {
        const ops = asArray(asObject(v).operations ?? []);
        asObject(v).operations = Array.from({ length: 201 }, (_, i) => ops[i % ops.length] ?? null);
        return v;
      }
    ],
    [
      'an unknown operation type',
      'records-request.mixed',
      (v) => {
        asObject(asArray(asObject(v).operations ?? [])[0] ?? {}).op = 'merge';
        return v;
      }
    ],
    [
      'an operation without its client operation id',
      'records-request.mixed',
      (v) => {
        delete asObject(asArray(asObject(v).operations ?? [])[0] ?? {}).operationId;
        return v;
      }
    ],
    [
      'a delete carrying field values',
      'records-request.mixed',
      (v) => {
        asObject(asArray(asObject(v).operations ?? [])[2] ?? {}).fields = { name: 'x' };
        return v;
      }
    ],
    [
      'an upsert without fields',
      'records-request.mixed',
      (v) => {
        delete asObject(asArray(asObject(v).operations ?? [])[0] ?? {}).fields;
        return v;
      }
    ],
    [
      'a source time without a zone',
      'records-request.mixed',
      (v) => {
        asObject(asArray(asObject(v).operations ?? [])[0] ?? {}).sourceModifiedAt =
          '2025-06-10 07:59:58';
        return v;
      }
    ],
    [
      'a field value that is an object',
      'records-request.mixed',
      (v) => {
        asObject(asObject(asArray(asObject(v).operations ?? [])[0] ?? {}).fields ?? {}).name = {
          nested: true
        };
        return v;
      }
    ],
    [
      'an unknown result status',
      'records-response.mixed',
      (v) => {
        asObject(asArray(asObject(v).results ?? [])[0] ?? {}).status = 'ok';
        return v;
      }
    ],
    [
      'an error result without its error',
      'records-response.mixed',
      (v) => {
        delete asObject(asArray(asObject(v).results ?? [])[4] ?? {}).error;
        return v;
      }
    ],
    [
      'a created result without the remote id',
      'records-response.created',
      (v) => {
        delete asObject(asArray(asObject(v).results ?? [])[0] ?? {}).remoteId;
        return v;
      }
    ],
    [
      'an error code in lower case',
      'error-response.rate-limited',
      (v) => {
        asObject(asObject(v).error ?? {}).code = 'rate_limited';
        return v;
      }
    ],
    [
      'an unknown field type',
      'describe-response.acme',
      (v) => {
        const object = asObject(asArray(asObject(v).objects ?? [])[0] ?? {});
        asObject(asArray(object.fields ?? [])[0] ?? {}).type = 'blob';
        return v;
      }
    ],
    [
      'a page that has more without a cursor',
      'changes-response.first-page',
      (v) => {
        delete asObject(v).nextCursor;
        return v;
      }
    ],
    [
      'a page size above 200',
      'changes-query.first-page',
      (v) => {
        asObject(v).limit = '500';
        return v;
      }
    ],
    [
      'a save result without success',
      'salesforce-save-results.upsert-mixed',
      (v) => {
        delete asObject(asArray(v)[0] ?? {}).success;
        return v;
      }
    ],
    [
      'a composite batch of 26 answers',
      'salesforce-composite-batch.describe',
      (v) => {
        const first = asArray(asObject(v).results ?? [])[0] ?? null;
        asObject(v).results = Array.from({ length: 26 }, () => first);
        return v;
      }
    ]
  ])('reject %s', (_rule, fixture, mutate) => {
    expectInvalid(fixture, mutate);
  });
});

describe('schemas', () => {
  it('name their fixtures by the part before the first dot', () => {
    expect(schemaNameOf('records-request.mixed')).toBe('records-request');
    expect(schemaNameOf('common')).toBe('common');
  });

  it('refuse an unknown schema name and a schema without $id', () => {
    expect(() => validator.validatorFor('nope')).toThrow(/no schema nope/);
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, 'bad.schema.json'), '{"type": "object"}');
    expect(() => createValidator(dir)).toThrow(/has no \$id/);
  });

  it('report a fixture that breaks its schema and a schema that has no fixture', () => {
    const schemas = tempDir();
    const fixtures = tempDir();
    for (const name of ['common', 'error-response', 'describe-response']) {
      fs.copyFileSync(
        path.join(SCHEMAS_DIR, `${name}.schema.json`),
        path.join(schemas, `${name}.schema.json`)
      );
    }
    fs.writeFileSync(path.join(fixtures, 'error-response.bad.json'), '{"error": {}}');
    fs.writeFileSync(path.join(fixtures, 'unknown.thing.json'), '{}');
    const problems = validateFixtures(schemas, fixtures);
    expect(problems.map((p) => p.fixture)).toEqual([
      'error-response.bad',
      'unknown.thing',
      'describe-response.schema.json'
    ]);
    expect(problems[2]?.message).toBe('has no fixture');
  });
});

describe('the XwProtocolFixtures static resource', () => {
  it('holds exactly the fixtures folder (run npm run build:fixtures after editing a fixture)', () => {
    expect(isBundleCurrent()).toBe(true);
    const onDisk = JSON.parse(fs.readFileSync(BUNDLE_FILE, 'utf8')) as { fixtures: object };
    expect(Object.keys(onDisk.fixtures).sort()).toEqual(fixtureNames());
  });

  it('is out of date when a fixture changes, is added or the file is missing or broken', () => {
    const fixtures = tempDir();
    for (const name of fixtureNames()) {
      fs.copyFileSync(path.join(FIXTURES_DIR, `${name}.json`), path.join(fixtures, `${name}.json`));
    }
    const bundle = path.join(tempDir(), 'XwProtocolFixtures.json');
    expect(isBundleCurrent(fixtures, bundle)).toBe(false);
    expect(writeBundle(fixtures, bundle)).toBe(fixtureNames().length);
    expect(isBundleCurrent(fixtures, bundle)).toBe(true);
    fs.writeFileSync(
      path.join(fixtures, 'error-response.extra.json'),
      JSON.stringify(load('error-response.malformed'))
    );
    expect(isBundleCurrent(fixtures, bundle)).toBe(false);
    fs.writeFileSync(bundle, '{ not json');
    expect(isBundleCurrent(fixtures, bundle)).toBe(false);
  });

  it('is stable text, whatever the order the files are read in', () => {
    expect(bundleText(buildBundle())).toBe(bundleText(buildBundle()));
    expect(bundleText(buildBundle()).endsWith('}\n')).toBe(true);
  });

  it('is written and checked by build:fixtures', () => {
    const bundleFile = path.join(tempDir(), 'nested', 'XwProtocolFixtures.json');
    const check = buildFixtures(['--check'], { bundleFile });
    expect(check.code).toBe(1);
    expect(check.lines[0]).toMatch(/out of date: run npm run build:fixtures/);
    const build = buildFixtures([], { bundleFile });
    expect(build.code).toBe(0);
    expect(build.lines[0]).toMatch(/fixtures valid, written to/);
    const again = buildFixtures(['--check'], { bundleFile });
    expect(again.code).toBe(0);
    expect(again.lines[0]).toMatch(/matches schemas\/protocol\/fixtures/);
  });

  it('is not written when a fixture breaks its schema', () => {
    const fixturesDir = tempDir();
    const bundleFile = path.join(tempDir(), 'XwProtocolFixtures.json');
    fs.writeFileSync(path.join(fixturesDir, 'error-response.bad.json'), '{"error": {}}');
    const result = buildFixtures([], { bundleFile, fixturesDir });
    expect(result.code).toBe(1);
    expect(result.lines[0]).toMatch(/✗ error-response.bad: /);
    expect(fs.existsSync(bundleFile)).toBe(false);
  });
});
