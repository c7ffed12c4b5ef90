import { ArgsError, formatUsage, parseArgs, type FlagSpecs } from '../args';
import { isExpectedError } from '../report';

const SPECS = {
  'target-org': { kind: 'string', description: 'org to use' },
  alias: { kind: 'string', description: 'org alias', default: 'crosswalk' },
  'duration-days': { kind: 'number', description: 'lifetime', default: 7, min: 1, max: 30 },
  'min-coverage': { kind: 'number', description: 'coverage floor' },
  keep: { kind: 'boolean', description: 'keep the org' },
  'no-open': { kind: 'boolean', description: 'do not open' }
} as const satisfies FlagSpecs;

function parseError(argv: string[]): ArgsError {
  try {
    parseArgs(argv, SPECS);
  } catch (error) {
    if (error instanceof ArgsError) return error;
    throw error;
  }
  throw new Error('expected parseArgs to throw');
}

describe('parseArgs', () => {
  it('returns defaults when no flags are given', () => {
    expect(parseArgs([], SPECS)).toEqual({
      help: false,
      flags: {
        'target-org': undefined,
        alias: 'crosswalk',
        'duration-days': 7,
        'min-coverage': undefined,
        keep: false,
        'no-open': false
      }
    });
  });

  it('reads string, number and boolean flags', () => {
    const { flags } = parseArgs(
      ['--target-org', 'X', '--alias', 'mine', '--duration-days', '3', '--keep', '--no-open'],
      SPECS
    );
    expect(flags).toMatchObject({
      'target-org': 'X',
      alias: 'mine',
      'duration-days': 3,
      keep: true,
      'no-open': true
    });
  });

  it('accepts --flag=value and a leading -- from npm', () => {
    const { flags } = parseArgs(['--', '--alias=a=b', '--min-coverage=92.5'], SPECS);
    expect(flags.alias).toBe('a=b');
    expect(flags['min-coverage']).toBe(92.5);
  });

  it('reports --help and -h', () => {
    expect(parseArgs(['--help'], SPECS).help).toBe(true);
    expect(parseArgs(['-h'], SPECS).help).toBe(true);
  });

  it('rejects an unknown flag and lists the known ones', () => {
    const error = parseError(['--target-orgg', 'X']);
    expect(error.message).toBe(
      'unknown flag --target-orgg (known flags: --target-org, --alias, --duration-days, --min-coverage, --keep, --no-open)'
    );
    expect(isExpectedError(error)).toBe(true);
  });

  it('rejects a flag missing its value at the end or before another flag', () => {
    expect(parseError(['--target-org']).message).toBe('--target-org needs a value (org to use)');
    expect(parseError(['--alias', '--keep']).message).toBe('--alias needs a value (org alias)');
    expect(parseError(['--alias=']).message).toBe('--alias needs a value (org alias)');
  });

  it('rejects malformed and out-of-range numbers', () => {
    expect(parseError(['--duration-days', 'seven']).message).toBe(
      "--duration-days must be a number, got 'seven'"
    );
    expect(parseError(['--duration-days', '0']).message).toBe(
      '--duration-days must be at least 1, got 0'
    );
    expect(parseError(['--duration-days', '31']).message).toBe(
      '--duration-days must be at most 30, got 31'
    );
  });

  it('rejects values for booleans, repeated flags and positional arguments', () => {
    expect(parseError(['--keep=yes']).message).toBe('--keep takes no value');
    expect(parseError(['--keep', '--keep']).message).toBe('--keep was given more than once');
    expect(parseError(['crosswalk']).message).toMatch(/^unexpected argument 'crosswalk' \(known/);
    expect(parseError(['--alias', 'x', '--']).message).toMatch(/^unexpected argument '--'/);
  });

  it('does not treat inherited object keys as flags', () => {
    expect(parseError(['--constructor']).message).toMatch(/^unknown flag --constructor/);
  });

  it('says so when a script takes no flags', () => {
    expect(() => parseArgs(['--x'], {})).toThrow('unknown flag --x (this script takes no flags)');
  });
});

describe('formatUsage', () => {
  it('lists every flag with its default', () => {
    expect(formatUsage('npm run org:setup --', SPECS)).toBe(
      [
        'Usage: npm run org:setup -- [flags]',
        '',
        '  --target-org <string>     org to use',
        '  --alias <string>          org alias (default crosswalk)',
        '  --duration-days <number>  lifetime (default 7)',
        '  --min-coverage <number>   coverage floor',
        '  --keep                    keep the org',
        '  --no-open                 do not open',
        '  --help                    show this help'
      ].join('\n')
    );
  });
});
