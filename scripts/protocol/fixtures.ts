// The Crosswalk protocol's golden fixtures (schemas/protocol/fixtures) and their JSON Schemas
// (schemas/protocol): validation with ajv, and the one JSON bundle of every fixture that ships to
// Apex tests as the static resource XwProtocolFixtures. A fixture `<schema>.<variant>.json` is
// an instance of `<schema>.schema.json`.
import fs from 'node:fs';
import path from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import Ajv, { type ErrorObject, type ValidateFunction } from 'ajv';
import { REPO_ROOT } from '../lib/proc';

export const SCHEMAS_DIR = path.join(REPO_ROOT, 'schemas', 'protocol');
export const FIXTURES_DIR = path.join(SCHEMAS_DIR, 'fixtures');
export const BUNDLE_FILE = path.join(
  REPO_ROOT,
  'force-app',
  'main',
  'delivery',
  'staticresources',
  'XwProtocolFixtures.json'
);
export const BUNDLE_GENERATOR = 'npm run build:fixtures';

const SCHEMA_SUFFIX = '.schema.json';

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

export interface Bundle {
  generatedBy: string;
  fixtures: Record<string, Json>;
}

export interface FixtureProblem {
  fixture: string;
  message: string;
}

function readJson(file: string): Json {
  return JSON.parse(fs.readFileSync(file, 'utf8')) as Json;
}

/** Fixture names (file names without .json), sorted. */
export function fixtureNames(fixturesDir = FIXTURES_DIR): string[] {
  return fs
    .readdirSync(fixturesDir)
    .filter((file) => file.endsWith('.json'))
    .map((file) => file.slice(0, -'.json'.length))
    .sort();
}

/** The schema a fixture is an instance of: the part of its name before the first dot. */
export function schemaNameOf(fixtureName: string): string {
  const dot = fixtureName.indexOf('.');
  return dot === -1 ? fixtureName : fixtureName.slice(0, dot);
}

/** Schema names (file names without .schema.json), sorted. */
export function schemaNames(schemasDir = SCHEMAS_DIR): string[] {
  return fs
    .readdirSync(schemasDir)
    .filter((file) => file.endsWith(SCHEMA_SUFFIX))
    .map((file) => file.slice(0, -SCHEMA_SUFFIX.length))
    .sort();
}

/** An ajv instance holding every protocol schema (so `$ref`s between them resolve). */
export function createValidator(schemasDir = SCHEMAS_DIR): {
  validatorFor: (schemaName: string) => ValidateFunction;
} {
  const ajv = new Ajv({
    allErrors: true,
    strict: true,
    strictRequired: false,
    allowUnionTypes: true
  });
  const ids = new Map<string, string>();
  for (const name of schemaNames(schemasDir)) {
    const schema = readJson(path.join(schemasDir, `${name}${SCHEMA_SUFFIX}`)) as {
      $id?: string;
    };
    if (!schema.$id) throw new Error(`${name}${SCHEMA_SUFFIX} has no $id`);
    ajv.addSchema(schema);
    ids.set(name, schema.$id);
  }
  return {
    validatorFor(schemaName: string): ValidateFunction {
      const id = ids.get(schemaName);
      const validate = id ? ajv.getSchema(id) : undefined;
      if (!validate) throw new Error(`no schema ${schemaName}${SCHEMA_SUFFIX}`);
      return validate;
    }
  };
}

function describeErrors(errors: ErrorObject[] | null | undefined): string {
  return (errors ?? [])
    .map((e) => `${e.instancePath || '/'} ${e.message ?? 'is invalid'}`)
    .join('; ');
}

/** Validates one JSON value against a named schema; returns the problems (none when valid). */
export function validate(
  validator: ReturnType<typeof createValidator>,
  schemaName: string,
  value: Json
): string[] {
  const check = validator.validatorFor(schemaName);
  return check(value) ? [] : [describeErrors(check.errors)];
}

/**
 * Every fixture against its schema, and every schema with at least one fixture (an untested
 * schema is a schema nobody knows to be right).
 */
export function validateFixtures(
  schemasDir = SCHEMAS_DIR,
  fixturesDir = FIXTURES_DIR
): FixtureProblem[] {
  const validator = createValidator(schemasDir);
  const problems: FixtureProblem[] = [];
  const covered = new Set<string>();
  for (const name of fixtureNames(fixturesDir)) {
    const schemaName = schemaNameOf(name);
    covered.add(schemaName);
    try {
      const value = readJson(path.join(fixturesDir, `${name}.json`));
      for (const message of validate(validator, schemaName, value)) {
        problems.push({ fixture: name, message });
      }
    } catch (e) {
      problems.push({ fixture: name, message: (e as Error).message });
    }
  }
  for (const schemaName of schemaNames(schemasDir)) {
    if (schemaName !== 'common' && !covered.has(schemaName)) {
      problems.push({
        fixture: `${schemaName}${SCHEMA_SUFFIX}`,
        message: 'has no fixture'
      });
    }
  }
  return problems;
}

/** Every fixture by name, keys sorted: what the static resource holds. */
export function buildBundle(fixturesDir = FIXTURES_DIR): Bundle {
  const fixtures: Record<string, Json> = {};
  for (const name of fixtureNames(fixturesDir)) {
    fixtures[name] = readJson(path.join(fixturesDir, `${name}.json`));
  }
  return { generatedBy: BUNDLE_GENERATOR, fixtures };
}

/** The bundle file's exact text (stable: the same fixtures always give the same bytes). */
export function bundleText(bundle: Bundle): string {
  return `${JSON.stringify(bundle, null, 2)}\n`;
}

/**
 * Whether the bundle file on disk holds exactly the fixtures of the folder (compared as JSON
 * values, so reformatting the file does not matter; any change of content does).
 */
export function isBundleCurrent(fixturesDir = FIXTURES_DIR, bundleFile = BUNDLE_FILE): boolean {
  if (!fs.existsSync(bundleFile)) return false;
  let onDisk: Json;
  try {
    onDisk = readJson(bundleFile);
  } catch {
    return false;
  }
  return isDeepStrictEqual(onDisk, buildBundle(fixturesDir));
}

/** Writes the bundle; returns how many fixtures it holds. */
export function writeBundle(fixturesDir = FIXTURES_DIR, bundleFile = BUNDLE_FILE): number {
  const bundle = buildBundle(fixturesDir);
  fs.mkdirSync(path.dirname(bundleFile), { recursive: true });
  fs.writeFileSync(bundleFile, bundleText(bundle));
  return Object.keys(bundle.fixtures).length;
}
