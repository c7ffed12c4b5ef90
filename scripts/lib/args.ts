// A tiny typed argv parser: each script declares its flags once and gets typed values back,
// with one-line errors for unknown flags and missing or malformed values.
import { ExpectedError } from './report';

export interface StringFlag {
  kind: 'string';
  description: string;
  default?: string;
}

export interface NumberFlag {
  kind: 'number';
  description: string;
  default?: number;
  min?: number;
  max?: number;
}

export interface BooleanFlag {
  kind: 'boolean';
  description: string;
}

export type FlagSpec = StringFlag | NumberFlag | BooleanFlag;
export type FlagSpecs = Readonly<Record<string, FlagSpec>>;

// A flag with a default always has a value; one without may be undefined.
type FlagValue<F extends FlagSpec> = F extends BooleanFlag
  ? boolean
  : F extends NumberFlag
    ? F extends { default: number }
      ? number
      : number | undefined
    : F extends { default: string }
      ? string
      : string | undefined;

export type ParsedFlags<S extends FlagSpecs> = { -readonly [K in keyof S]: FlagValue<S[K]> };

export interface ParsedArgs<S extends FlagSpecs> {
  flags: ParsedFlags<S>;
  /** `--help` or `-h` was given; the caller prints usage and exits 0. */
  help: boolean;
}

export class ArgsError extends ExpectedError {
  override readonly name = 'ArgsError';
}

export function parseArgs<S extends FlagSpecs>(argv: readonly string[], specs: S): ParsedArgs<S> {
  const values: Record<string, string | number | boolean | undefined> = {};
  const seen = new Set<string>();
  let help = false;

  for (const [name, spec] of Object.entries(specs)) {
    values[name] = spec.kind === 'boolean' ? false : spec.default;
  }

  // `npm run x -- --flag` normally strips the `--`, but running the file directly keeps it.
  const tokens = argv[0] === '--' ? argv.slice(1) : [...argv];
  for (let index = 0; index < tokens.length; index += 1) {
    const token = tokens[index] ?? '';
    if (token === '--help' || token === '-h') {
      help = true;
      continue;
    }
    if (!token.startsWith('--') || token === '--') {
      throw new ArgsError(`unexpected argument '${token}'${knownFlagsHint(specs)}`);
    }
    const equals = token.indexOf('=');
    const name = token.slice(2, equals === -1 ? undefined : equals);
    const inline = equals === -1 ? undefined : token.slice(equals + 1);
    const spec = Object.prototype.hasOwnProperty.call(specs, name) ? specs[name] : undefined;
    if (!spec) throw new ArgsError(`unknown flag --${name}${knownFlagsHint(specs)}`);
    if (seen.has(name)) throw new ArgsError(`--${name} was given more than once`);
    seen.add(name);

    if (spec.kind === 'boolean') {
      if (inline !== undefined) throw new ArgsError(`--${name} takes no value`);
      values[name] = true;
      continue;
    }

    let raw = inline;
    if (raw === undefined) {
      const next = tokens[index + 1];
      if (next === undefined || next.startsWith('--')) {
        throw new ArgsError(`--${name} needs a value (${spec.description})`);
      }
      raw = next;
      index += 1;
    }
    if (raw === '') throw new ArgsError(`--${name} needs a value (${spec.description})`);
    values[name] = spec.kind === 'number' ? parseNumber(name, raw, spec) : raw;
  }

  return { flags: values as ParsedFlags<S>, help };
}

function parseNumber(name: string, raw: string, spec: NumberFlag): number {
  const value = Number(raw);
  if (!/^-?\d+(\.\d+)?$/.test(raw.trim()) || !Number.isFinite(value)) {
    throw new ArgsError(`--${name} must be a number, got '${raw}'`);
  }
  if (spec.min !== undefined && value < spec.min) {
    throw new ArgsError(`--${name} must be at least ${spec.min}, got ${raw}`);
  }
  if (spec.max !== undefined && value > spec.max) {
    throw new ArgsError(`--${name} must be at most ${spec.max}, got ${raw}`);
  }
  return value;
}

function knownFlagsHint(specs: FlagSpecs): string {
  const names = Object.keys(specs).map((name) => `--${name}`);
  return names.length ? ` (known flags: ${names.join(', ')})` : ' (this script takes no flags)';
}

/** Usage text built from the same specs the parser uses, so the two cannot drift apart. */
export function formatUsage(command: string, specs: FlagSpecs): string {
  const rows = Object.entries(specs).map(([name, spec]) => {
    const left = spec.kind === 'boolean' ? `--${name}` : `--${name} <${spec.kind}>`;
    const fallback =
      spec.kind !== 'boolean' && spec.default !== undefined ? ` (default ${spec.default})` : '';
    return { left, right: `${spec.description}${fallback}` };
  });
  const width = Math.max(0, ...rows.map((row) => row.left.length));
  return [
    `Usage: ${command} [flags]`,
    '',
    ...rows.map((row) => `  ${row.left.padEnd(width)}  ${row.right}`),
    `  ${'--help'.padEnd(width)}  show this help`
  ].join('\n');
}
