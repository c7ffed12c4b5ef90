// Names, limits and defaults of the two-org end-to-end test; change them here, not in the steps.

/** REST API version of every call the e2e test makes (the project's sourceApiVersion). */
export const API_VERSION = '65.0';

/** Scratch orgs of an e2e run live one day at most, so a leaked pair expires quickly. */
export const E2E_DURATION_DAYS = 1;

/** Prefix of everything a run creates: aliases, record names, e-mail addresses. */
export const E2E_PREFIX = 'xw-e2e';

/**
 * Credential metadata the test deploys into each org. The External Credential holds the other
 * org's access token in its named principal; the Named Credential points at the other org.
 */
export const E2E_CREDENTIAL = 'XwE2eRemote';
export const E2E_PRINCIPAL = 'XwE2ePrincipal';
/** The principal's parameter holding the token, used as `$Credential.XwE2eRemote.AccessToken`. */
export const E2E_TOKEN_PARAMETER = 'AccessToken';
/** Grants the principal to the users whose changes are delivered (the org admin in the test). */
export const E2E_CREDENTIAL_PERMSET = 'XwE2eRemoteAccess';
/** Object access the integration user needs on the synced objects (create, edit, delete). */
export const E2E_SYNCED_OBJECTS_PERMSET = 'XwE2eSyncedObjects';
export const SYNCED_OBJECTS: readonly string[] = ['Account', 'Contact'];

// Each org's admin (runs the scenarios and delivers changes) holds the package's permission sets
// (PERMISSION_SETS in ../constants), as org:setup and test:org grant them.
/** Permission sets of each org's integration user (the other org writes as this user). */
export const INTEGRATION_PERMSETS: readonly string[] = [
  'XwIntegration',
  E2E_SYNCED_OBJECTS_PERMSET
];
export const INTEGRATION_PROFILE = 'Standard User';

/**
 * Remote types the connections can use. RestJson is the default: between two orgs that both run
 * Crosswalk, each org calls the other's inbound endpoint (matching, conflict policy, no echo).
 * SalesforceOrg treats the other org as a plain org (sObject Collections straight into its
 * objects), which skips the receiving org's inbound logic: its conflict and echo scenarios are
 * expected to fail, and it is there to try that adapter against a real org.
 */
export const REMOTE_TYPES = ['RestJson', 'SalesforceOrg'] as const;
export type RemoteType = (typeof REMOTE_TYPES)[number];
export const DEFAULT_REMOTE_TYPE: RemoteType = 'RestJson';
/**
 * ConfigKey__c of the connection in both orgs: the same key on both sides names the pair, and the
 * protocol sends it as `source.connection` with every batch.
 */
export const E2E_CONFIG_KEY = 'xw-e2e-peer';
/** Path of Crosswalk's inbound REST resource, for RestJson connections between two orgs. */
export const INBOUND_PATH = '/services/apexrest/crosswalk';

// Defaults of the flags (seconds unless named otherwise).
export const DEFAULT_LATENCY_LIMIT_SECONDS = 120;
export const DEFAULT_INITIAL_SYNC_LIMIT_SECONDS = 1800;
export const DEFAULT_INITIAL_SYNC_RECORDS = 2000;
export const DEFAULT_POLL_SECONDS = 3;
/** How long the no-echo scenario watches a synced record for further writes. */
export const DEFAULT_QUIET_SECONDS = 60;

/** The sObject Collections API takes at most 200 records a call. */
export const COLLECTION_SIZE = 200;
