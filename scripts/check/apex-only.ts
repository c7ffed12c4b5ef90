// `npm run check:apex`: just the Apex part of the offline gate, for Apex-only edits.
import { runGate, summaryTable } from './gate';
import { APEX_STEPS } from './steps';

/* istanbul ignore next -- command-line entry; runGate and summaryTable are tested */
async function main(): Promise<void> {
  const outcomes = await runGate(APEX_STEPS, (line) => console.log(line));
  console.log(`\nApex checks summary\n${summaryTable(outcomes)}`);
  process.exitCode = outcomes.some((o) => o.status === 'failed') ? 1 : 0;
}

/* istanbul ignore next */
if (require.main === module) {
  void main();
}
