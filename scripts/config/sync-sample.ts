// `npx tsx scripts/config/sync-sample.ts [--check]`: copies samples/config/acme-erp.json to the
// static resource XwSampleConfig (the org reads the sample from there), or with --check fails
// when the copy is stale.
import { REPO_ROOT } from '../lib/proc';
import { SAMPLE_FILE, SAMPLE_RESOURCE, syncSampleResource } from './config-file';

/* istanbul ignore next -- command-line entry; syncSampleResource is tested */
function main(): void {
  const check = process.argv.includes('--check');
  const stale = syncSampleResource(REPO_ROOT, check);
  if (stale && check) {
    console.error(`${SAMPLE_RESOURCE} differs from ${SAMPLE_FILE}: run without --check to copy it`);
    process.exitCode = 1;
  } else {
    console.log(
      stale ? `Copied ${SAMPLE_FILE} to ${SAMPLE_RESOURCE}` : `${SAMPLE_RESOURCE} is up to date`
    );
  }
}

/* istanbul ignore next */
if (require.main === module) {
  main();
}
