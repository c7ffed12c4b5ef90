// `npm run org:setup`: build and package the project, then (given a Dev Hub) create a scratch
// org, deploy, assign permission sets, make the admin the running user of real-time delivery,
// load sample configuration, schedule jobs and open the app.
import { formatUsage, parseArgs, type FlagSpecs } from '../lib/args';
import { isExpectedError, oneLine, runMain, StepRunner } from '../lib/report';
import { openOrg, runAnonymousApex } from '../lib/sf';
import {
  ADMIN_APP_PATH,
  DEFAULT_ALIAS,
  DEFAULT_DURATION_DAYS,
  SAMPLE_CONFIG_APEX,
  SCHEDULE_JOBS_APEX
} from './constants';
import { defaultDeps, type OrgDeps } from './deps';
import {
  assignPackagePermsets,
  buildLwc,
  checkDevHub,
  convertToPackage,
  createOrg,
  deploySubscriberConfig,
  deployToOrg
} from './steps';

export const SETUP_FLAGS = {
  alias: {
    kind: 'string',
    description: 'alias of the scratch org to create',
    default: DEFAULT_ALIAS
  },
  'duration-days': {
    kind: 'number',
    description: 'days until the scratch org expires (1-30)',
    default: DEFAULT_DURATION_DAYS,
    min: 1,
    max: 30
  },
  'no-open': { kind: 'boolean', description: 'do not open the admin app at the end' },
  'url-only': { kind: 'boolean', description: 'print the admin app URL instead of opening it' }
} as const satisfies FlagSpecs;

/** Step titles in order, so a failed run can list the steps it never reached. */
export const SETUP_STEPS = {
  build: 'Build LWC TypeScript',
  convert: 'Convert source to metadata package',
  devHub: 'Check Dev Hub',
  create: 'Create scratch org',
  deploy: 'Deploy force-app',
  permsets: 'Assign permission sets',
  subscriber: 'Run delivery as the integration user',
  sampleConfig: 'Load sample configuration',
  schedule: 'Schedule sync jobs',
  open: 'Open admin app'
} as const;

export async function setup(argv: readonly string[], deps: OrgDeps): Promise<number> {
  const { flags, help } = parseArgs(argv, SETUP_FLAGS);
  if (help) {
    deps.out.line(formatUsage('npm run org:setup --', SETUP_FLAGS));
    return 0;
  }
  const alias = flags.alias;
  const steps = new StepRunner(deps.out, deps.clock);
  deps.out.line(`Crosswalk org setup: scratch org '${alias}' for ${flags['duration-days']} days`);

  try {
    // (a)(b) need no org, so they always run and catch build problems before any org exists.
    await steps.run(SETUP_STEPS.build, async (step) => step.detail(await buildLwc(deps)));
    await steps.run(SETUP_STEPS.convert, async (step) => step.detail(await convertToPackage(deps)));
    await steps.run(SETUP_STEPS.devHub, async (step) => step.detail(await checkDevHub(deps)));
    await steps.run(SETUP_STEPS.create, async (step) =>
      step.detail(
        await createOrg(deps, { alias, durationDays: flags['duration-days'], setDefault: true })
      )
    );
    await steps.run(SETUP_STEPS.deploy, async (step) =>
      step.detail(await deployToOrg(deps, alias))
    );
    await steps.run(SETUP_STEPS.permsets, async (step) =>
      step.detail(await assignPackagePermsets(deps, alias))
    );
    // The admin holds XwIntegration now: real-time delivery (and its callouts) runs as the admin.
    await steps.run(SETUP_STEPS.subscriber, async (step) =>
      step.detail(await deploySubscriberConfig(deps, alias))
    );
    await steps.run(SETUP_STEPS.sampleConfig, async (step) => {
      await runAnonymousApex(deps.sf, SAMPLE_CONFIG_APEX, alias);
      step.detail(SAMPLE_CONFIG_APEX);
    });
    await steps.run(SETUP_STEPS.schedule, async (step) => {
      await runAnonymousApex(deps.sf, SCHEDULE_JOBS_APEX, alias);
      step.detail(SCHEDULE_JOBS_APEX);
    });
    if (flags['no-open']) {
      steps.skip(SETUP_STEPS.open, '--no-open');
    } else {
      const urlOnly = flags['url-only'];
      const url = await steps.run(SETUP_STEPS.open, async (step) => {
        const opened = await openOrg(deps.sf, { targetOrg: alias, path: ADMIN_APP_PATH, urlOnly });
        step.detail(urlOnly ? 'URL below' : 'opened in the browser');
        return opened;
      });
      if (urlOnly) deps.out.line(url);
    }
  } catch (error) {
    if (!isExpectedError(error)) throw error;
    steps.notRun(Object.values(SETUP_STEPS));
    return steps.finish([oneLine(error.message)]);
  }

  return steps.finish([], [`✓ Scratch org '${alias}' is ready.`]);
}

if (require.main === module) {
  void runMain(() => setup(process.argv.slice(2), defaultDeps()));
}
