// `npm test`: the whole offline gate. Runs the steps in order, stops at the first that fails,
// and prints a summary table; exit code 1 when anything failed.
import { formatFinding, type Finding } from './finding';
import { STEPS, type Step } from './steps';

export interface StepOutcome {
  name: string;
  status: 'passed' | 'failed' | 'skipped';
  seconds: number;
  findings: Finding[];
}

export async function runGate(
  steps: readonly Step[],
  log: (line: string) => void
): Promise<StepOutcome[]> {
  const outcomes: StepOutcome[] = [];
  let failed = false;
  for (const [index, step] of steps.entries()) {
    if (failed) {
      outcomes.push({ name: step.name, status: 'skipped', seconds: 0, findings: [] });
      continue;
    }
    log(`[${index + 1}/${steps.length}] ${step.name} ...`);
    const started = Date.now();
    let findings: Finding[];
    try {
      findings = await step.run();
    } catch (error) {
      findings = [{ checker: step.name, file: '', message: `crashed: ${String(error)}` }];
    }
    const seconds = (Date.now() - started) / 1000;
    failed = findings.length > 0;
    outcomes.push({ name: step.name, status: failed ? 'failed' : 'passed', seconds, findings });
    for (const finding of findings.slice(0, 200)) log(`    ${formatFinding(finding)}`);
    if (findings.length > 200) log(`    ... and ${findings.length - 200} more`);
  }
  return outcomes;
}

export function summaryTable(outcomes: readonly StepOutcome[]): string {
  const width = Math.max(...outcomes.map((o) => o.name.length));
  const rows = outcomes.map((o) => {
    const mark = o.status === 'passed' ? 'PASS' : o.status === 'failed' ? 'FAIL' : 'skip';
    const detail = o.status === 'failed' ? `${o.findings.length} problem(s)` : '';
    return `${mark}  ${o.name.padEnd(width)}  ${o.seconds.toFixed(1).padStart(6)}s  ${detail}`;
  });
  const passed = outcomes.filter((o) => o.status === 'passed').length;
  const failed = outcomes.filter((o) => o.status === 'failed').length;
  return [...rows, '', `Gate: ${passed} passed, ${failed} failed`].join('\n');
}

/* istanbul ignore next -- command-line entry; runGate and summaryTable are tested */
async function main(): Promise<void> {
  const outcomes = await runGate(STEPS, (line) => console.log(line));
  console.log(`\nOffline gate summary\n${summaryTable(outcomes)}`);
  process.exitCode = outcomes.some((o) => o.status === 'failed') ? 1 : 0;
}

/* istanbul ignore next */
if (require.main === module) {
  void main();
}
