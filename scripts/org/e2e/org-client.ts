// The e2e test's REST client for one org: queries, sObject Collections, anonymous Apex and the
// Named Credentials Connect API, over an injected transport so tests need no org. The real
// transport is an authenticated @salesforce/core connection (loaded lazily).
import { ExpectedError, oneLine } from '../../lib/report';
import { isRecord } from '../../lib/sf';
import { API_VERSION, COLLECTION_SIZE } from './constants';

export type HttpMethod = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';

export interface RestRequest {
  method: HttpMethod;
  /** Path from the instance root, e.g. /services/data/v65.0/query?q=... */
  path: string;
  body?: unknown;
}

/** Where an org is and a fresh access token for it. The token is a secret: never print it. */
export interface OrgSession {
  instanceUrl: string;
  accessToken: string;
  username: string;
}

/** Sends one request and returns the parsed JSON response; throws on HTTP errors. */
export interface RestTransport {
  request(request: RestRequest): Promise<unknown>;
  /** Refreshes the authorisation and returns the session. */
  session(): Promise<OrgSession>;
}

/** A record as the REST API returns it (attributes included). */
export type SObjectRow = Record<string, unknown>;

export interface QueryResult {
  totalSize: number;
  records: SObjectRow[];
}

/** A call to an org failed: the org's own message, on one line, prefixed with the org label. */
export class OrgApiError extends ExpectedError {
  override readonly name = 'OrgApiError';
}

/** The credential of a named principal, set through the Connect API (never in metadata). */
export interface PrincipalCredential {
  externalCredential: string;
  principalName: string;
  /** Parameter name → secret value; sent encrypted, never logged. */
  values: Readonly<Record<string, string>>;
}

export interface OrgClient {
  /** Who this client talks to, for messages ("org A"). */
  readonly label: string;
  query(soql: string): Promise<QueryResult>;
  /** Inserts in chunks of 200, all or none per chunk; returns the new ids in input order. */
  insert(sobject: string, records: readonly Record<string, unknown>[]): Promise<string[]>;
  /** Inserts one record through the sObject resource (for base64 bodies: files, attachments). */
  insertOne(sobject: string, fields: Record<string, unknown>): Promise<string>;
  update(
    sobject: string,
    records: readonly ({ Id: string } & Record<string, unknown>)[]
  ): Promise<void>;
  remove(ids: readonly string[]): Promise<void>;
  /** Runs anonymous Apex; compile and runtime failures throw with the Apex message. */
  executeApex(apex: string): Promise<void>;
  /** Creates (POST) or replaces (PUT) a named principal's credential. */
  setCredential(credential: PrincipalCredential, mode: 'create' | 'replace'): Promise<void>;
  /** The org's URL and a freshly refreshed access token of the authorised user. */
  session(): Promise<OrgSession>;
}

const DATA = `/services/data/v${API_VERSION}`;

export function chunk<T>(items: readonly T[], size: number): T[][] {
  const chunks: T[][] = [];
  for (let index = 0; index < items.length; index += size) {
    chunks.push(items.slice(index, index + size));
  }
  return chunks;
}

function text(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

/** The first error of an sObject Collections save result, as "STATUS_CODE: message (fields)". */
function saveError(result: Record<string, unknown>): string {
  const errors = Array.isArray(result.errors) ? result.errors.filter(isRecord) : [];
  const first = errors[0];
  if (!first) return 'unknown error';
  const fields = Array.isArray(first.fields)
    ? first.fields.filter((f) => typeof f === 'string')
    : [];
  const where = fields.length ? ` (${fields.join(', ')})` : '';
  return `${text(first.statusCode) || 'ERROR'}: ${text(first.message)}${where}`;
}

/** Checks an sObject Collections response: every row succeeded; returns the ids. */
export function collectionIds(response: unknown, what: string): string[] {
  if (!Array.isArray(response)) throw new OrgApiError(`${what}: unexpected response`);
  const rows = response.filter(isRecord);
  const failed = rows.filter((row) => row.success !== true);
  if (failed.length || rows.length !== response.length) {
    const first = failed[0];
    const reason = first ? saveError(first) : 'malformed result';
    throw new OrgApiError(`${what}: ${failed.length || 1} of ${response.length} failed, ${reason}`);
  }
  return rows.map((row) => text(row.id));
}

/** Turns an executeAnonymous result into nothing (success) or a one-line error. */
export function checkApexResult(result: unknown): void {
  if (!isRecord(result)) throw new OrgApiError('anonymous Apex: unexpected response');
  if (result.compiled !== true) {
    const where = typeof result.line === 'number' ? ` (line ${result.line})` : '';
    throw new OrgApiError(
      `anonymous Apex does not compile${where}: ${text(result.compileProblem)}`
    );
  }
  if (result.success !== true) {
    throw new OrgApiError(`anonymous Apex failed: ${oneLine(text(result.exceptionMessage))}`);
  }
}

/** Replaces every secret in a message so an error can be printed safely. */
export function redact(message: string, secrets: readonly string[]): string {
  return secrets
    .filter((secret) => secret)
    .reduce((out, secret) => out.split(secret).join('***'), message);
}

export function createOrgClient(transport: RestTransport, label: string): OrgClient {
  const call = async (
    request: RestRequest,
    what: string,
    secrets: string[] = []
  ): Promise<unknown> => {
    try {
      return await transport.request(request);
    } catch (error) {
      if (error instanceof OrgApiError) throw error;
      const message = error instanceof Error ? error.message : String(error);
      throw new OrgApiError(`${label}: ${what} failed: ${oneLine(redact(message, secrets))}`);
    }
  };
  const checked = (ids: () => string[]): string[] => {
    try {
      return ids();
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      throw new OrgApiError(`${label}: ${message}`);
    }
  };
  /** One sObject Collections call (≤ 200 records), all or none; returns the ids. */
  const saveCollection = async (
    method: 'POST' | 'PATCH',
    what: string,
    sobject: string,
    records: readonly Record<string, unknown>[]
  ): Promise<string[]> => {
    const response = await call(
      {
        method,
        path: `${DATA}/composite/sobjects`,
        body: {
          allOrNone: true,
          records: records.map((record) => ({ attributes: { type: sobject }, ...record }))
        }
      },
      what
    );
    return checked(() => collectionIds(response, what));
  };

  return {
    label,
    async query(soql) {
      let response = await call(
        { method: 'GET', path: `${DATA}/query?q=${encodeURIComponent(soql)}` },
        'query'
      );
      const records: SObjectRow[] = [];
      let totalSize = 0;
      for (;;) {
        if (!isRecord(response)) throw new OrgApiError(`${label}: query returned no result`);
        totalSize = typeof response.totalSize === 'number' ? response.totalSize : 0;
        if (Array.isArray(response.records)) records.push(...response.records.filter(isRecord));
        const next = text(response.nextRecordsUrl);
        if (response.done !== false || !next) break;
        response = await call({ method: 'GET', path: next }, 'query');
      }
      return { totalSize, records };
    },

    async insert(sobject, records) {
      const ids: string[] = [];
      for (const part of chunk(records, COLLECTION_SIZE)) {
        ids.push(...(await saveCollection('POST', `insert ${sobject}`, sobject, part)));
      }
      return ids;
    },

    async insertOne(sobject, fields) {
      const response = await call(
        { method: 'POST', path: `${DATA}/sobjects/${sobject}/`, body: fields },
        `insert ${sobject}`
      );
      const id = isRecord(response) ? text(response.id) : '';
      if (!id) throw new OrgApiError(`${label}: insert ${sobject} returned no id`);
      return id;
    },

    async update(sobject, records) {
      for (const part of chunk(records, COLLECTION_SIZE)) {
        await saveCollection('PATCH', `update ${sobject}`, sobject, part);
      }
    },

    async remove(ids) {
      for (const part of chunk(ids, COLLECTION_SIZE)) {
        const response = await call(
          {
            method: 'DELETE',
            path: `${DATA}/composite/sobjects?allOrNone=true&ids=${part.join(',')}`
          },
          'delete'
        );
        checked(() => collectionIds(response, 'delete'));
      }
    },

    async executeApex(apex) {
      const response = await call(
        {
          method: 'GET',
          path: `${DATA}/tooling/executeAnonymous/?anonymousBody=${encodeURIComponent(apex)}`
        },
        'anonymous Apex'
      );
      try {
        checkApexResult(response);
      } catch (error) {
        throw new OrgApiError(
          `${label}: ${error instanceof Error ? error.message : String(error)}`
        );
      }
    },

    async setCredential(credential, mode) {
      const secrets = Object.values(credential.values);
      await call(
        {
          method: mode === 'create' ? 'POST' : 'PUT',
          path: `${DATA}/named-credentials/credential`,
          body: {
            externalCredential: credential.externalCredential,
            principalName: credential.principalName,
            principalType: 'NamedPrincipal',
            authenticationProtocol: 'Custom',
            credentials: Object.fromEntries(
              Object.entries(credential.values).map(([name, value]) => [
                name,
                { value, encrypted: true }
              ])
            )
          }
        },
        `setting the ${credential.externalCredential} credential`,
        secrets
      );
    },

    async session() {
      const session = await transport.session();
      if (!session.accessToken || !session.instanceUrl) {
        throw new OrgApiError(`${label}: no access token or instance URL for ${session.username}`);
      }
      return session;
    }
  };
}

/**
 * A client on an org the sf CLI has authorised (alias or username), via @salesforce/core in
 * process. The session comes from the same auth files `sf org display` reads; the CLI's own
 * `org display --json` redacts the token (unless SF_TEMP_SHOW_SECRETS is set), so it is not used.
 */
export async function connectOrg(aliasOrUsername: string, label: string): Promise<OrgClient> {
  const core = await import('@salesforce/core');
  let org: InstanceType<typeof core.Org>;
  try {
    org = await core.Org.create({ aliasOrUsername });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    throw new OrgApiError(`${label}: cannot connect as '${aliasOrUsername}': ${oneLine(message)}`);
  }
  const connection = org.getConnection(API_VERSION);
  return createOrgClient(
    {
      request: async ({ method, path, body }) =>
        connection.request({
          method,
          url: path,
          body: body === undefined ? undefined : JSON.stringify(body),
          headers: { 'Content-Type': 'application/json' }
        }),
      session: async () => {
        try {
          await org.refreshAuth();
        } catch (error) {
          const message = error instanceof Error ? error.message : String(error);
          throw new OrgApiError(`${label}: cannot refresh the session: ${oneLine(message)}`);
        }
        return {
          instanceUrl: connection.instanceUrl,
          accessToken: connection.accessToken ?? '',
          username: connection.getUsername() ?? aliasOrUsername
        };
      }
    },
    label
  );
}
