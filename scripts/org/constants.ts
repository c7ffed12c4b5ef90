// Names and limits shared by the org scripts; change them here, not in the steps.

/** Permission sets every developer and integration user of a Crosswalk org needs. */
export const PERMISSION_SETS: readonly string[] = ['XwAdmin', 'XwIntegration'];

export const DEFAULT_ALIAS = 'crosswalk';
export const DEFAULT_DURATION_DAYS = 7;
/** Throwaway orgs for test runs: short-lived so a leaked one expires quickly. */
export const TEST_ORG_ALIAS = 'crosswalk-test';
export const TEST_ORG_DURATION_DAYS = 1;

/** Org-wide Apex coverage below this fails `npm run test:org` (Salesforce itself needs 75). */
export const MIN_COVERAGE_PERCENT = 90;

// Paths are relative to the repository root, which is the working directory of every command.
export const SCRATCH_DEFINITION_FILE = 'config/project-scratch-def.json';
export const SOURCE_DIR = 'force-app';
export const PACKAGE_DIR = 'dist/package';
export const LWC_TSCONFIG = 'force-app/main/admin-app/lwc/tsconfig.build.json';
export const SAMPLE_CONFIG_APEX = 'scripts/org/apex/load-sample-config.apex';
export const SCHEDULE_JOBS_APEX = 'scripts/org/apex/schedule-jobs.apex';
export const ADMIN_APP_PATH = '/lightning/n/XwAdmin';
/**
 * The running user of the delivery subscriber (trigger XwDeliveryRequestDispatch): a template,
 * never deployed with force-app, rendered with a username into a metadata folder and deployed.
 */
export const SUBSCRIBER_CONFIG_TEMPLATE =
  'force-app/main/delivery/templates/XwDeliveryRequestSubscriber.platformEventSubscriberConfig-meta.xml.tmpl';
export const SUBSCRIBER_CONFIG_NAME = 'XwDeliveryRequestSubscriber';
export const SUBSCRIBER_CONFIG_DIR = 'dist/subscriber-config';

// Minutes the CLI may wait for each long-running operation.
export const CREATE_WAIT_MINUTES = 15;
export const DEPLOY_WAIT_MINUTES = 30;
export const TEST_WAIT_MINUTES = 60;
