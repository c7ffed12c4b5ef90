// `npm run test:org [-- --target-org X]`: run every local Apex test in an org with coverage.
// Without --target-org it creates a throwaway scratch org and always deletes it afterwards.
import { formatUsage, parseArgs, type FlagSpecs } from '../lib/args';
import { isExpectedError, oneLine, runMain, StepRunner } from '../lib/report';
import { runApexTests } from '../lib/sf';
import {
  MIN_COVERAGE_PERCENT,
  TEST_ORG_ALIAS,
  TEST_ORG_DURATION_DAYS,
  TEST_WAIT_MINUTES
} from './constants';
import { defaultDeps, type OrgDeps } from './deps';
import {
  assignPackagePermsets,
  checkDevHub,
  createOrg,
  deleteCreatedOrgs,
  deployToOrg
} from './steps';
import { evaluateTestRun, formatFailures } from './test-results';

export { evaluateTestRun, MIN_COVERAGE_PERCENT };

export const TEST_ORG_FLAGS = {
  'target-org': {
    kind: 'string',
    description: 'run in this org (alias or username) instead of a new scratch org'
  },
  alias: {
    kind: 'string',
    description: 'alias for the scratch org created when no --target-org is given',
    default: TEST_ORG_ALIAS
  },
  'duration-days': {
    kind: 'number',
    description: 'days until the created scratch org expires (1-30)',
    default: TEST_ORG_DURATION_DAYS,
    min: 1,
    max: 30
  },
  'min-coverage': {
    kind: 'number',
    description: 'minimum org-wide Apex coverage in percent',
    default: MIN_COVERAGE_PERCENT,
    min: 0,
    max: 100
  },
  'skip-deploy': {
    kind: 'boolean',
    description: 'test what is already in --target-org instead of deploying force-app first'
  },
  keep: { kind: 'boolean', description: 'keep the created scratch org (for debugging)' }
} as const satisfies FlagSpecs;

export const TEST_ORG_STEPS = {
  devHub: 'Check Dev Hub',
  create: 'Create scratch org',
  deploy: 'Deploy force-app',
  permsets: 'Assign permission sets',
  test: 'Run Apex tests',
  verdict: 'Check results',
  cleanup: 'Delete scratch org'
} as const;

export async function testOrg(argv: readonly string[], deps: OrgDeps): Promise<number> {
  const { flags, help } = parseArgs(argv, TEST_ORG_FLAGS);
  if (help) {
    deps.out.line(formatUsage('npm run test:org --', TEST_ORG_FLAGS));
    return 0;
  }
  const given = flags['target-org'];
  if (flags['skip-deploy'] && !given) {
    // A brand-new org holds none of our code, so there would be nothing to test.
    deps.out.error('✗ --skip-deploy needs --target-org');
    return 1;
  }
  const targetOrg = given ?? flags.alias;
  const minCoverage = flags['min-coverage'];
  const steps = new StepRunner(deps.out, deps.clock);
  const problems: string[] = [];
  const created: string[] = [];
  deps.out.line(
    `Crosswalk Apex tests in ${given ? `org '${given}'` : `a new scratch org '${targetOrg}'`}` +
      ` (minimum coverage ${minCoverage}%)`
  );

  try {
    if (!given) {
      await steps.run(TEST_ORG_STEPS.devHub, async (step) => step.detail(await checkDevHub(deps)));
      await steps.run(TEST_ORG_STEPS.create, async (step) => {
        const detail = await createOrg(deps, {
          alias: targetOrg,
          durationDays: flags['duration-days'],
          // A throwaway org must not replace the developer's default org.
          setDefault: false
        });
        created.push(targetOrg);
        step.detail(detail);
      });
    }
    if (flags['skip-deploy']) {
      steps.skip(TEST_ORG_STEPS.deploy, '--skip-deploy');
    } else {
      await steps.run(TEST_ORG_STEPS.deploy, async (step) =>
        step.detail(await deployToOrg(deps, targetOrg))
      );
    }
    if (created.length) {
      // Tests run as this org's admin; like a real install, it holds the package's permission
      // sets (an existing --target-org is left as its owner configured it).
      await steps.run(TEST_ORG_STEPS.permsets, async (step) =>
        step.detail(await assignPackagePermsets(deps, targetOrg))
      );
    }
    const envelope = await steps.run(TEST_ORG_STEPS.test, async (step) => {
      const run = await runApexTests(deps.sf, { targetOrg, waitMinutes: TEST_WAIT_MINUTES });
      step.detail('results below');
      return run;
    });
    const evaluation = evaluateTestRun(envelope, minCoverage);
    if (evaluation.failures.length) {
      deps.out.line('');
      deps.out.line(formatFailures(evaluation.failures));
      deps.out.line('');
    }
    const coverage =
      evaluation.coveragePercent === undefined ? 'no coverage' : `${evaluation.coveragePercent}%`;
    const counts = `${evaluation.testsRan} tests, ${evaluation.failures.length} failed, coverage ${coverage}`;
    steps.mark(TEST_ORG_STEPS.verdict, evaluation.passed ? 'ok' : 'failed', counts);
    problems.push(...evaluation.reasons);
  } catch (error) {
    if (!isExpectedError(error)) throw error;
    problems.push(oneLine(error.message));
  } finally {
    // Always clean up what we created, even after a failure or an unexpected error.
    await deleteCreatedOrgs(deps, steps, TEST_ORG_STEPS.cleanup, created, flags.keep, problems);
  }

  return steps.finish(problems, [
    `✓ All Apex tests passed with coverage at or above ${minCoverage}%.`
  ]);
}

if (require.main === module) {
  void runMain(() => testOrg(process.argv.slice(2), defaultDeps()));
}
