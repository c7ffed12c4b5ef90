// Anonymous Apex the e2e test runs to press Crosswalk's buttons (Sync now, initial sync, retry,
// verify) through the public service contracts of docs/data-model.md. Only validated record ids
// are ever placed in the code.
import { ExpectedError } from '../../lib/report';

const RECORD_ID = /^[a-zA-Z0-9]{15}(?:[a-zA-Z0-9]{3})?$/;

/** A Salesforce record id as an Apex string literal; anything else is refused. */
export function idLiteral(id: string): string {
  if (!RECORD_ID.test(id)) throw new ExpectedError(`not a record id: '${id}'`);
  return `'${id}'`;
}

/** `XwDispatcher.syncNow` — the admin app's "Sync now" for one connection. */
export function syncNowApex(connectionId: string): string {
  return `XwDispatcher.syncNow(${idLiteral(connectionId)});`;
}

/** `XwInitialSync.start` — the batch export of every record of one object mapping. */
export function initialSyncApex(objectMappingId: string): string {
  return `XwInitialSync.start(${idLiteral(objectMappingId)});`;
}

/** `XwErrorActions.retry` — the Errors screen's Retry on the given sync errors. */
export function retryErrorsApex(syncErrorIds: readonly string[]): string {
  return `XwErrorActions.retry(new List<Id>{ ${syncErrorIds.map(idLiteral).join(', ')} });`;
}

/**
 * "Verify connection", exactly as the admin app's Verify button: a live describe call through the
 * connection's adapter and Named Credential, recorded on the connection (Verified or Failing);
 * a failure fails the Apex with the remote's message.
 */
export function verifyConnectionApex(connectionId: string): string {
  return [
    'XwConnectionsController.VerifyResult result = ' +
      `XwConnectionsController.verifyConnection(${idLiteral(connectionId)});`,
    "Assert.isTrue(result.success == true, 'Verify failed: ' + result.message);"
  ].join('\n');
}
