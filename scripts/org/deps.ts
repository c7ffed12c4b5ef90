// Everything the org scripts touch outside their own logic, bundled so tests can swap in fakes.
import { REPO_ROOT, run } from '../lib/proc';
import { processOutput, type Output } from '../lib/report';
import { createSfRunner, findDefaultDevHub, type DevHubLookup, type SfRunner } from '../lib/sf';

export type ProcRunner = typeof run;

export interface OrgDeps {
  /** Runs the sf CLI. */
  sf: SfRunner;
  /** Runs other local tools (tsc). */
  proc: ProcRunner;
  /** Checks in-process whether a default Dev Hub is configured and authorised. */
  devHub: DevHubLookup;
  out: Output;
  /** Repository root: working directory of every command and base of every path. */
  root: string;
  clock: () => number;
}

export function defaultDeps(): OrgDeps {
  return {
    sf: createSfRunner(REPO_ROOT),
    proc: run,
    devHub: () => findDefaultDevHub(REPO_ROOT),
    out: processOutput(),
    root: REPO_ROOT,
    clock: Date.now
  };
}
