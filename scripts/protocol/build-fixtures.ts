// `npm run build:fixtures`: validates the protocol's golden fixtures against their schemas and
// writes them as one JSON bundle, the static resource XwProtocolFixtures that Apex tests read.
// `--check` writes nothing and fails when the bundle is out of date.
import path from 'node:path';
import { REPO_ROOT } from '../lib/proc';
import {
  BUNDLE_FILE,
  FIXTURES_DIR,
  SCHEMAS_DIR,
  isBundleCurrent,
  validateFixtures,
  writeBundle
} from './fixtures';

export interface BuildResult {
  code: number;
  lines: string[];
}

export interface BuildOptions {
  bundleFile?: string;
  schemasDir?: string;
  fixturesDir?: string;
}

export function buildFixtures(args: readonly string[], options: BuildOptions = {}): BuildResult {
  const bundleFile = options.bundleFile ?? BUNDLE_FILE;
  const fixturesDir = options.fixturesDir ?? FIXTURES_DIR;
  const problems = validateFixtures(options.schemasDir ?? SCHEMAS_DIR, fixturesDir);
  if (problems.length > 0) {
    return {
      code: 1,
      lines: problems.map((p) => `✗ ${p.fixture}: ${p.message}`)
    };
  }
  const relative = path.relative(REPO_ROOT, bundleFile);
  if (args.includes('--check')) {
    return isBundleCurrent(fixturesDir, bundleFile)
      ? { code: 0, lines: [`✓ ${relative} matches schemas/protocol/fixtures`] }
      : {
          code: 1,
          lines: [`✗ ${relative} is out of date: run npm run build:fixtures`]
        };
  }
  const count = writeBundle(fixturesDir, bundleFile);
  return { code: 0, lines: [`✓ ${count} fixtures valid, written to ${relative}`] };
}

/* istanbul ignore next -- command-line entry; buildFixtures is tested */
if (require.main === module) {
  const result = buildFixtures(process.argv.slice(2));
  for (const line of result.lines) console.log(line);
  process.exitCode = result.code;
}
