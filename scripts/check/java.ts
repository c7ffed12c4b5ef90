// Runs the Java tools shipped inside @salesforce/code-analyzer-pmd-engine (apex-ls and PMD 7).
import path from 'node:path';
import { REPO_ROOT, run, type RunResult } from '../lib/proc';
import type { Finding } from './finding';

export const JAVA_LIB = path.join(
  REPO_ROOT,
  'node_modules',
  '@salesforce',
  'code-analyzer-pmd-engine',
  'dist',
  'java-lib',
  '*'
);
export const PMD_RULESET = path.join(REPO_ROOT, 'tools', 'pmd-ruleset.xml');
const PMD_DRIVER = path.join(REPO_ROOT, 'tools', 'PmdCheck.java');

/** apex-ls exits 4 when it finds issues; any other non-zero code is a tool failure. */
export async function runApexLs(workspace: string): Promise<RunResult> {
  return run('java', [
    '-cp',
    JAVA_LIB,
    'io.github.apexdevtools.apexls.CheckForIssues',
    '-w',
    workspace,
    '-d',
    'warnings',
    '-n'
  ]);
}

/** Parses apex-ls output: a file path line followed by `Kind: line N at a-b: message` lines. */
export function parseApexLsOutput(output: string, checker = 'apex-ls'): Finding[] {
  const findings: Finding[] = [];
  let file = '';
  for (const line of output.split('\n')) {
    const issue = /^(\w[\w ]*): line (\d+)(?: at [\d-]+)?: (.*)$/.exec(line.trim());
    if (issue) {
      findings.push({
        checker,
        file: path.relative(REPO_ROOT, file) || file,
        line: Number(issue[2]),
        message: `${issue[1]}: ${issue[3]}`
      });
    } else if (line.trim().startsWith('/')) {
      file = line.trim();
    }
  }
  return findings;
}

export async function apexLsFindings(workspace: string): Promise<Finding[]> {
  const result = await runApexLs(workspace);
  const findings = parseApexLsOutput(result.stdout);
  if (result.code !== 0 && findings.length === 0) {
    findings.push({
      checker: 'apex-ls',
      file: workspace,
      message: `apex-ls failed (exit ${result.code}): ${(result.stderr || result.stdout).trim()}`
    });
  }
  return findings;
}

export async function pmdFindings(paths: readonly string[]): Promise<Finding[]> {
  const result = await run('java', ['-cp', JAVA_LIB, PMD_DRIVER, PMD_RULESET, ...paths]);
  const findings: Finding[] = [];
  for (const line of result.stdout.split('\n')) {
    const m = /^(.+?):(\d+): (.*)$/.exec(line.trim());
    if (m) {
      findings.push({
        checker: 'pmd',
        file: path.relative(REPO_ROOT, path.resolve(m[1] ?? '')),
        line: Number(m[2]),
        message: m[3] ?? ''
      });
    } else if (line.trim()) {
      findings.push({ checker: 'pmd', file: '', message: line.trim() });
    }
  }
  if (result.code !== 0 && findings.length === 0) {
    findings.push({
      checker: 'pmd',
      file: '',
      message: `PMD failed (exit ${result.code}): ${result.stderr.trim()}`
    });
  }
  return findings;
}
