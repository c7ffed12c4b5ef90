// The offline gate's steps, in order. Each returns findings; an empty list means it passed.
import path from 'node:path';
import { localBin, REPO_ROOT, run } from '../lib/proc';
import type { Finding } from './finding';
import { apexLsFindings, pmdFindings } from './java';
import { checkProject } from './project-check';

export interface Step {
  name: string;
  run: () => Promise<Finding[]>;
}

export const PRETTIER_GLOBS = [
  'force-app/**/*.{cls,trigger,xml,ts,html,css}',
  'scripts/**/*.ts',
  'schemas/**/*.json',
  'tools/**/*.xml',
  '*.{js,json}'
];

/** Prettier --check; the Apex plugin parses every class and trigger, so syntax errors fail. */
export async function prettierFindings(
  globs: readonly string[],
  cwd = REPO_ROOT
): Promise<Finding[]> {
  const result = await run(
    localBin('prettier'),
    ['--check', '--no-error-on-unmatched-pattern', ...globs],
    { cwd }
  );
  const findings: Finding[] = [];
  for (const line of (result.stdout + '\n' + result.stderr).split('\n')) {
    const warn = /^\[warn\] (.+)$/.exec(line);
    const error = /^\[error\] ([^:]+): (.+)$/.exec(line);
    if (error) {
      findings.push({ checker: 'prettier', file: error[1] ?? '', message: error[2] ?? '' });
    } else if (warn && !/Code style issues|Forgot to run Prettier/.test(warn[1] ?? '')) {
      findings.push({
        checker: 'prettier',
        file: warn[1] ?? '',
        message: 'not formatted (run npx prettier --write on it)'
      });
    }
  }
  if (result.code !== 0 && findings.length === 0) {
    findings.push({
      checker: 'prettier',
      file: '',
      message: result.stderr.trim() || result.stdout.trim()
    });
  }
  return findings;
}

export async function commandFindings(
  checker: string,
  command: string,
  args: string[],
  echo = false
): Promise<Finding[]> {
  const result = await run(command, args, { cwd: REPO_ROOT, echo });
  if (result.code === 0) return [];
  const lines = (result.stdout + '\n' + result.stderr)
    .split('\n')
    .map((l) => l.trimEnd())
    .filter((l) => l.trim().length > 0);
  return lines.map((message) => ({ checker, file: '', message }));
}

/** The lines of a failed Jest run worth repeating in the summary (the full log is above). */
const JEST_FAILURE_LINE = /✕|●|FAIL|threshold|Tests:|Error|rror:/;

/** Jest streams its own log; the summary repeats only the failure lines (never none). */
async function jestFindings(): Promise<Finding[]> {
  const args = ['--coverage', '--ci', '--silent'];
  return jestFailures(await commandFindings('jest', localBin('jest'), args, true));
}

export function jestFailures(all: Finding[]): Finding[] {
  const failures = all.filter((f) => JEST_FAILURE_LINE.test(f.message));
  return failures.length > 0 || all.length === 0
    ? failures
    : [{ checker: 'jest', file: '', message: 'Jest failed: see its output above' }];
}

export const LWC_TSCONFIG = 'force-app/main/admin-app/lwc/tsconfig.json';

export const STEPS: Step[] = [
  { name: 'Prettier (Apex, XML, TypeScript)', run: () => prettierFindings(PRETTIER_GLOBS) },
  {
    name: 'TypeScript (scripts and LWC)',
    run: async () => [
      ...(await commandFindings('tsc', localBin('tsc'), ['-p', 'tsconfig.json'])),
      ...(await commandFindings('tsc', localBin('tsc'), ['-p', LWC_TSCONFIG]))
    ]
  },
  {
    name: 'ESLint (zero warnings)',
    run: () => commandFindings('eslint', localBin('eslint'), ['.', '--max-warnings', '0'])
  },
  { name: 'apex-ls semantic check', run: () => apexLsFindings(REPO_ROOT) },
  { name: 'PMD 7 on Apex', run: () => pmdFindings([path.join(REPO_ROOT, 'force-app')]) },
  {
    name: 'Project check (XML, tests, SOQL schema, permissions)',
    run: () => checkProject(REPO_ROOT, path.join(REPO_ROOT, '.gate', 'schema-probe'))
  },
  { name: 'Jest (LWC and scripts, with coverage)', run: jestFindings }
];

/** The steps that read Apex and metadata only (`npm run check:apex`). */
export const APEX_STEPS: Step[] = [
  {
    name: 'Prettier (Apex and XML)',
    run: () => prettierFindings(['force-app/**/*.{cls,trigger,xml}'])
  },
  ...STEPS.filter((step) => /apex-ls|PMD|Project check/.test(step.name))
];
