import { existsSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { mkdtempSync } from 'node:fs';
import { XMLParser } from 'fast-xml-parser';
import { isExpectedError } from '../../lib/report';
import {
  idLiteral,
  initialSyncApex,
  retryErrorsApex,
  syncNowApex,
  verifyConnectionApex
} from '../e2e/apex';
import { deployMetadataDir } from '../../lib/sf';
import { createScratchUser } from '../e2e/cli';
import { crosswalkOrg, likePrefix, soqlString } from '../e2e/crosswalk-org';
import { newRunId } from '../e2e/deps';
import {
  credentialMetadata,
  externalCredentialXml,
  namedCredentialXml,
  remoteUrl,
  syncedObjectsPermsetXml,
  writeFiles,
  xmlEscape
} from '../e2e/metadata';
import {
  checkApexResult,
  chunk,
  collectionIds,
  createOrgClient,
  redact,
  type OrgClient,
  type RestRequest
} from '../e2e/org-client';
import { configureConnection, permissionFields } from '../e2e/plan';
import { FakeClient, scriptedTransport } from './e2e-fakes';
import { FakeSf, ok } from './fakes';

const DATA = '/services/data/v65.0';

function saved(count: number, prefix = '001'): unknown[] {
  return Array.from({ length: count }, (_, index) => ({
    id: `${prefix}${String(index).padStart(15, '0')}`,
    success: true,
    errors: []
  }));
}

function bodyOf(request: RestRequest | undefined): Record<string, unknown> {
  return (request?.body ?? {}) as Record<string, unknown>;
}

describe('org client', () => {
  it('follows nextRecordsUrl until the query is done', async () => {
    const transport = scriptedTransport((request) =>
      request.path.startsWith(`${DATA}/query?q=`)
        ? {
            totalSize: 3,
            done: false,
            nextRecordsUrl: `${DATA}/query/01g-2000`,
            records: [{ Id: '1' }, { Id: '2' }]
          }
        : { totalSize: 3, done: true, records: [{ Id: '3' }] }
    );
    const client = createOrgClient(transport, 'org A');
    const result = await client.query("SELECT Id FROM Account WHERE Name = 'a b'");
    expect(result).toEqual({ totalSize: 3, records: [{ Id: '1' }, { Id: '2' }, { Id: '3' }] });
    expect(transport.requests.map((request) => request.path)).toEqual([
      `${DATA}/query?q=SELECT%20Id%20FROM%20Account%20WHERE%20Name%20%3D%20'a%20b'`,
      `${DATA}/query/01g-2000`
    ]);
  });

  it('rejects a query answer that is not a result', async () => {
    const client = createOrgClient(
      scriptedTransport(() => 'nonsense'),
      'org A'
    );
    await expect(client.query('SELECT Id FROM Account')).rejects.toThrow(
      'org A: query returned no result'
    );
  });

  it('inserts in sObject Collections of 200, all or none, and returns ids in order', async () => {
    const transport = scriptedTransport((request) =>
      saved(
        bodyOf(request).records instanceof Array ? (bodyOf(request).records as unknown[]).length : 0
      )
    );
    const client = createOrgClient(transport, 'org A');
    const ids = await client.insert(
      'Account',
      Array.from({ length: 450 }, (_, index) => ({ Name: `n${index}` }))
    );
    expect(ids).toHaveLength(450);
    expect(transport.requests.map((request) => [request.method, request.path])).toEqual([
      ['POST', `${DATA}/composite/sobjects`],
      ['POST', `${DATA}/composite/sobjects`],
      ['POST', `${DATA}/composite/sobjects`]
    ]);
    const first = bodyOf(transport.requests[0]);
    expect(first.allOrNone).toBe(true);
    expect((first.records as unknown[])[0]).toEqual({
      attributes: { type: 'Account' },
      Name: 'n0'
    });
    expect((bodyOf(transport.requests[2]).records as unknown[]).length).toBe(50);
  });

  it('turns a failed save into one line naming the status code and fields', async () => {
    const client = createOrgClient(
      scriptedTransport(() => [
        {
          success: false,
          errors: [
            {
              statusCode: 'REQUIRED_FIELD_MISSING',
              message: 'Required fields are missing',
              fields: ['Name']
            }
          ]
        }
      ]),
      'org B'
    );
    await expect(client.insert('Account', [{}])).rejects.toThrow(
      'org B: insert Account: 1 of 1 failed, REQUIRED_FIELD_MISSING: Required fields are missing (Name)'
    );
  });

  it('updates and deletes through sObject Collections', async () => {
    const transport = scriptedTransport(() => saved(1));
    const client = createOrgClient(transport, 'org A');
    await client.update('Contact', [{ Id: '003000000000001', Title: 'x' }]);
    await client.remove(['003000000000001', '001000000000001']);
    expect(transport.requests[0]).toEqual({
      method: 'PATCH',
      path: `${DATA}/composite/sobjects`,
      body: {
        allOrNone: true,
        records: [{ attributes: { type: 'Contact' }, Id: '003000000000001', Title: 'x' }]
      }
    });
    expect(transport.requests[1]).toEqual({
      method: 'DELETE',
      path: `${DATA}/composite/sobjects?allOrNone=true&ids=003000000000001,001000000000001`
    });
  });

  it('inserts one record through the sObject resource', async () => {
    const transport = scriptedTransport(() => ({ id: '068000000000001', success: true }));
    const client = createOrgClient(transport, 'org A');
    await expect(client.insertOne('ContentVersion', { Title: 't' })).resolves.toBe(
      '068000000000001'
    );
    expect(transport.requests[0]?.path).toBe(`${DATA}/sobjects/ContentVersion/`);
    const empty = createOrgClient(
      scriptedTransport(() => ({})),
      'org A'
    );
    await expect(empty.insertOne('Attachment', {})).rejects.toThrow(
      'org A: insert Attachment returned no id'
    );
  });

  it('runs anonymous Apex and reports compile and runtime failures', async () => {
    const replies: unknown[] = [
      { compiled: true, success: true },
      { compiled: false, success: false, line: 3, compileProblem: 'Invalid type: XwDispatcher' },
      { compiled: true, success: false, exceptionMessage: 'System.CalloutException:\nUnauthorized' }
    ];
    const transport = scriptedTransport(() => replies.shift());
    const client = createOrgClient(transport, 'org A');
    await client.executeApex("XwDispatcher.syncNow('a00000000000001');");
    expect(transport.requests[0]?.path).toBe(
      `${DATA}/tooling/executeAnonymous/?anonymousBody=XwDispatcher.syncNow('a00000000000001')%3B`
    );
    await expect(client.executeApex('x')).rejects.toThrow(
      'org A: anonymous Apex does not compile (line 3): Invalid type: XwDispatcher'
    );
    await expect(client.executeApex('x')).rejects.toThrow(
      'org A: anonymous Apex failed: System.CalloutException: Unauthorized'
    );
  });

  it('sets a named principal credential encrypted, and never repeats the secret in errors', async () => {
    const transport = scriptedTransport(() => ({}));
    const client = createOrgClient(transport, 'org A');
    const credential = {
      externalCredential: 'XwE2eRemote',
      principalName: 'XwE2ePrincipal',
      values: { AccessToken: '00Dxx!secret' }
    };
    await client.setCredential(credential, 'create');
    await client.setCredential(credential, 'replace');
    expect(transport.requests.map((request) => request.method)).toEqual(['POST', 'PUT']);
    expect(transport.requests[0]).toEqual({
      method: 'POST',
      path: `${DATA}/named-credentials/credential`,
      body: {
        externalCredential: 'XwE2eRemote',
        principalName: 'XwE2ePrincipal',
        principalType: 'NamedPrincipal',
        authenticationProtocol: 'Custom',
        credentials: { AccessToken: { value: '00Dxx!secret', encrypted: true } }
      }
    });

    const failing = createOrgClient(
      scriptedTransport(() => new Error('INVALID_INPUT: bad value 00Dxx!secret for AccessToken')),
      'org A'
    );
    const error = await failing
      .setCredential(credential, 'create')
      .catch((caught: unknown) => caught);
    expect(isExpectedError(error)).toBe(true);
    expect((error as Error).message).toBe(
      'org A: setting the XwE2eRemote credential failed: INVALID_INPUT: bad value *** for AccessToken'
    );
  });

  it('wraps transport errors and refuses sessions without a token', async () => {
    const client = createOrgClient(
      scriptedTransport(() => new Error('socket hang up'), {
        instanceUrl: 'https://a.example.com',
        accessToken: '',
        username: 'u@example.com'
      }),
      'org A'
    );
    await expect(client.remove(['001000000000001'])).rejects.toThrow(
      'org A: delete failed: socket hang up'
    );
    await expect(client.session()).rejects.toThrow(
      'org A: no access token or instance URL for u@example.com'
    );
  });

  it('has small pure helpers', () => {
    expect(chunk([1, 2, 3, 4, 5], 2)).toEqual([[1, 2], [3, 4], [5]]);
    expect(() => collectionIds({}, 'x')).toThrow('x: unexpected response');
    expect(() => collectionIds([{ success: false }], 'x')).toThrow(
      'x: 1 of 1 failed, unknown error'
    );
    expect(() => collectionIds(['junk'], 'x')).toThrow('x: 1 of 1 failed, malformed result');
    expect(() => checkApexResult(null)).toThrow('anonymous Apex: unexpected response');
    expect(redact('a secret and secret', ['secret', ''])).toBe('a *** and ***');
  });
});

/** A client whose queries answer from a list, recording the SOQL. */
function queryClient(answers: unknown[][]): { client: OrgClient; soql: string[]; apex: string[] } {
  const soql: string[] = [];
  const apex: string[] = [];
  const client = new FakeClient('org A', { instanceUrl: '', accessToken: '', username: '' });
  client.query = async (query: string) => {
    soql.push(query);
    const records = (answers.shift() ?? []) as Record<string, unknown>[];
    return { totalSize: records.length, records };
  };
  client.executeApex = async (code: string) => {
    apex.push(code);
  };
  return { client, soql, apex };
}

describe('crosswalk org', () => {
  it('reads records with their SystemModstamp, by id and by field', async () => {
    const { client, soql } = queryClient([
      [{ Id: '001A', SystemModstamp: '2025-01-01T00:00:00.000+0000', Phone: '1' }],
      [],
      [{ Id: '003A', SystemModstamp: 's', Email: 'x' }]
    ]);
    const org = crosswalkOrg(client, 'A');
    await expect(org.get('Account', '001A', ['Phone'])).resolves.toEqual({
      id: '001A',
      fields: { Phone: '1' },
      modstamp: '2025-01-01T00:00:00.000+0000'
    });
    await expect(org.get('Account', '001B', [])).resolves.toBeUndefined();
    await expect(org.findBy('Contact', 'Email', "o'neil@example.com", ['Title'])).resolves.toEqual({
      id: '003A',
      fields: { Title: null },
      modstamp: 's'
    });
    expect(soql).toEqual([
      "SELECT Id, SystemModstamp, Phone FROM Account WHERE Id = '001A'",
      "SELECT Id, SystemModstamp FROM Account WHERE Id = '001B'",
      "SELECT Id, SystemModstamp, Title FROM Contact WHERE Email = 'o\\'neil@example.com' ORDER BY CreatedDate DESC LIMIT 1"
    ]);
  });

  it('reads the outbox, links, conflicts, errors, connection and initial sync', async () => {
    const { client, soql } = queryClient([
      [{ Status__c: 'Sent', Attempts__c: 2, LastError__c: null, DeliveredAt__c: 't' }],
      [],
      [{ LastSyncedAt__c: 't2' }],
      [],
      [{ Id: 'c1', ConflictingFields__c: 'Phone' }],
      [{ Id: 'e1', Category__c: 'Auth', Message__c: 'm' }],
      [{ Status__c: 'Verified', Frequency__c: 'RealTime', LastError__c: null }],
      [{ Status__c: 'Running', TotalRecords__c: 10, ProcessedRecords__c: 4, FailedCount__c: 1 }],
      []
    ]);
    const org = crosswalkOrg(client, 'A');
    await expect(org.outbox('001A')).resolves.toEqual({
      status: 'Sent',
      attempts: 2,
      lastError: '',
      deliveredAt: 't'
    });
    await expect(org.outbox('001B')).resolves.toBeUndefined();
    await expect(org.lastSyncedAt('001A')).resolves.toBe('t2');
    await expect(org.lastSyncedAt('001B')).resolves.toBeUndefined();
    await expect(org.openConflicts('001A')).resolves.toEqual([{ id: 'c1', fields: 'Phone' }]);
    await expect(org.openErrors('001A')).resolves.toEqual([
      { id: 'e1', category: 'Auth', message: 'm' }
    ]);
    await expect(org.connection('a00A')).resolves.toEqual({
      status: 'Verified',
      frequency: 'RealTime',
      lastError: ''
    });
    await expect(org.latestInitialSync('a01A')).resolves.toEqual({
      status: 'Running',
      total: 10,
      processed: 4,
      failed: 1
    });
    await expect(org.latestInitialSync('a01B')).resolves.toBeUndefined();
    expect(soql[0]).toBe(
      "SELECT Status__c, Attempts__c, LastError__c, DeliveredAt__c FROM XwOutbox__c WHERE RecordId__c = '001A' ORDER BY CapturedAt__c DESC LIMIT 1"
    );
    expect(soql[4]).toBe(
      "SELECT Id, ConflictingFields__c FROM XwConflict__c WHERE RecordId__c = '001A' AND Status__c = 'Open'"
    );
    expect(soql[7]).toMatch(
      /FROM XwSyncRun__c WHERE ObjectMapping__c = 'a01A' AND Mode__c = 'InitialSync'/
    );
  });

  it('counts by name prefix with LIKE wildcards escaped', async () => {
    const { client, soql } = queryClient([[{}, {}]]);
    await expect(
      crosswalkOrg(client, 'B').countWithPrefix('Account', 'XW-E2E-x_bulk-')
    ).resolves.toBe(2);
    expect(soql[0]).toBe("SELECT COUNT() FROM Account WHERE Name LIKE 'XW-E2E-x\\_bulk-%'");
  });

  it('writes records, files and attachments, and connection fields', async () => {
    const { client } = queryClient([]);
    const fake = client as FakeClient;
    const org = crosswalkOrg(client, 'A');
    const id = await org.create('Account', { Name: 'n' });
    await org.createMany('Account', [{ Name: 'm' }]);
    await org.addFile(id, 'file1');
    await org.addAttachment(id, 'att1');
    await org.update('Account', id, { Phone: '1' });
    await org.updateConnection('a00A00000000001', { Frequency__c: 'Manual' });
    await org.remove(id);
    expect(fake.inserted.map((insert) => insert.sobject)).toEqual([
      'Account',
      'Account',
      'ContentVersion',
      'Attachment'
    ]);
    expect(fake.inserted[2]?.records[0]).toEqual({});
  });

  it('presses the admin buttons through anonymous Apex and sets the remote token', async () => {
    const { client, apex } = queryClient([]);
    const org = crosswalkOrg(client, 'A');
    await org.syncNow('a00A00000000001AAA');
    await org.startInitialSync('a01A00000000001AAA');
    await org.retryErrors(['a02A00000000001AAA', 'a02A00000000002AAA']);
    await org.verifyConnection('a00A00000000001AAA');
    await org.setRemoteToken('tok', 'create');
    expect(apex.slice(0, 3)).toEqual([
      "XwDispatcher.syncNow('a00A00000000001AAA');",
      "XwInitialSync.start('a01A00000000001AAA');",
      "XwErrorActions.retry(new List<Id>{ 'a02A00000000001AAA', 'a02A00000000002AAA' });"
    ]);
    expect(apex[3]).toContain('XwConnectionsController.verifyConnection');
    expect((client as FakeClient).credentials).toEqual([
      { mode: 'create', values: { AccessToken: 'tok' } }
    ]);
  });
});

describe('apex snippets', () => {
  it('only ever embed record ids', () => {
    expect(idLiteral('a00A00000000001')).toBe("'a00A00000000001'");
    expect(() => idLiteral("a'); delete [SELECT Id FROM Account];//")).toThrow('not a record id');
    expect(() => syncNowApex('')).toThrow('not a record id');
    expect(initialSyncApex('a01A00000000001AAA')).toBe(
      "XwInitialSync.start('a01A00000000001AAA');"
    );
    expect(retryErrorsApex([])).toBe('XwErrorActions.retry(new List<Id>{  });');
    expect(verifyConnectionApex('a00A00000000001AAA')).toBe(
      "XwConnectionsController.VerifyResult result = XwConnectionsController.verifyConnection('a00A00000000001AAA');\n" +
        "Assert.isTrue(result.success == true, 'Verify failed: ' + result.message);"
    );
  });

  it('escapes SOQL literals', () => {
    expect(soqlString("it's a \\ test")).toBe("'it\\'s a \\\\ test'");
    expect(likePrefix('50%_off')).toBe("'50\\%\\_off%'");
  });
});

describe('credential metadata', () => {
  const parser = new XMLParser({ ignoreAttributes: false });

  it('points the Named Credential at the other org, or its inbound resource for RestJson', () => {
    expect(remoteUrl('SalesforceOrg', 'https://b.my.salesforce.com/')).toBe(
      'https://b.my.salesforce.com'
    );
    expect(remoteUrl('RestJson', 'https://b.my.salesforce.com')).toBe(
      'https://b.my.salesforce.com/services/apexrest/crosswalk'
    );
    const named = parser.parse(namedCredentialXml('https://b.example.com?x=1&y=2')) as {
      NamedCredential: { namedCredentialParameters: { parameterValue?: string }[] };
    };
    expect(named.NamedCredential.namedCredentialParameters[0]?.parameterValue).toBe(
      'https://b.example.com?x=1&y=2'
    );
  });

  it('sends the principal token as a bearer header and holds no secret', () => {
    const xml = externalCredentialXml();
    const parsed = parser.parse(xml) as {
      ExternalCredential: {
        externalCredentialParameters: { parameterValue?: string; parameterType: string }[];
      };
    };
    const header = parsed.ExternalCredential.externalCredentialParameters.find(
      (parameter) => parameter.parameterType === 'AuthHeader'
    );
    expect(header?.parameterValue).toBe("{!'Bearer ' & $Credential.XwE2eRemote.AccessToken}");
    expect(xml).not.toMatch(/token-of|00D/);
    expect(xmlEscape(`<a href="x">'&'</a>`)).toBe(
      '&lt;a href=&quot;x&quot;&gt;&apos;&amp;&apos;&lt;/a&gt;'
    );
  });

  it('lets the integration user write every mapped field except required name fields', () => {
    expect(permissionFields()).toEqual([
      'Account.Phone',
      'Account.Website',
      'Account.XwExternalId__c',
      'Contact.Email',
      'Contact.Phone',
      'Contact.Title',
      'Contact.XwExternalId__c'
    ]);
    const xml = syncedObjectsPermsetXml();
    expect(xml).toContain('<object>Contact</object>');
    expect(xml).toContain('<modifyAllRecords>true</modifyAllRecords>');
  });

  it('writes a deployable metadata folder with a package.xml listing every component', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'xw-e2e-md-'));
    try {
      writeFiles(dir, credentialMetadata('https://b.example.com'));
      expect(existsSync(path.join(dir, 'externalCredentials/XwE2eRemote.externalCredential'))).toBe(
        true
      );
      expect(existsSync(path.join(dir, 'namedCredentials/XwE2eRemote.namedCredential'))).toBe(true);
      expect(existsSync(path.join(dir, 'permissionsets/XwE2eRemoteAccess.permissionset'))).toBe(
        true
      );
      const pkg = readFileSync(path.join(dir, 'package.xml'), 'utf8');
      expect(pkg).toContain('<members>XwE2eSyncedObjects</members>');
      expect(pkg).toContain('<version>65.0</version>');
      for (const file of credentialMetadata('u').values())
        expect(() => parser.parse(file)).not.toThrow();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('connection plan', () => {
  it('inserts a connection, its mappings, field mappings and the Contact→Account relation', async () => {
    const client = new FakeClient('org A', { instanceUrl: '', accessToken: '', username: '' });
    const configured = await configureConnection(client, {
      configKey: 'xw-e2e-peer',
      name: 'E2E org B',
      remoteType: 'SalesforceOrg'
    });
    expect(client.inserted.map((insert) => [insert.sobject, insert.records.length])).toEqual([
      ['XwConnection__c', 1],
      ['XwObjectMapping__c', 2],
      ['XwFieldMapping__c', 8],
      ['XwRelationMapping__c', 1]
    ]);
    expect(configured).toEqual({
      connectionId: 'a0X000000000001AAA',
      mappingIds: { Account: 'a0X000000000002AAA', Contact: 'a0X000000000003AAA' }
    });
    expect(client.inserted[0]?.records[0]).toMatchObject({
      ConfigKey__c: 'xw-e2e-peer',
      RemoteType__c: 'SalesforceOrg',
      NamedCredential__c: 'XwE2eRemote',
      ConflictPolicy__c: 'ManualReview',
      IsActive__c: true
    });
    expect(client.inserted[1]?.records[1]).toMatchObject({
      Connection__c: 'a0X000000000001AAA',
      MappingKey__c: 'xw-e2e-peer/Contact',
      ExternalIdField__c: 'XwExternalId__c',
      SyncFiles__c: true
    });
    expect(client.inserted[3]?.records[0]).toEqual({
      ObjectMapping__c: 'a0X000000000003AAA',
      RelationKey__c: 'xw-e2e-peer/Contact/AccountId',
      LookupField__c: 'AccountId',
      RemoteReferenceField__c: 'AccountId',
      ParentObjectMapping__c: 'a0X000000000002AAA'
    });
  });
});

describe('e2e CLI commands', () => {
  it('creates an integration user with a profile and permission sets', async () => {
    const sf = new FakeSf({
      'org create user': ok({ orgId: '00D', fields: { username: 'int@example.com', id: '005X' } })
    });
    await expect(
      createScratchUser(sf, {
        targetOrg: 'xw-a',
        alias: 'xw-a-integration',
        profileName: 'Standard User',
        permsets: ['XwIntegration', 'XwE2eSyncedObjects']
      })
    ).resolves.toEqual({ username: 'int@example.com', id: '005X' });
    expect(sf.calls[0]).toEqual([
      'org',
      'create',
      'user',
      '--target-org',
      'xw-a',
      '--set-alias',
      'xw-a-integration',
      'profileName=Standard User',
      'permsets=XwIntegration,XwE2eSyncedObjects',
      '--json'
    ]);
    const bare = new FakeSf({ 'org create user': ok({}) });
    await expect(
      createScratchUser(bare, { targetOrg: 'o', alias: 'o-int', profileName: 'p', permsets: [] })
    ).resolves.toEqual({ username: 'o-int', id: '' });
  });

  it('deploys a metadata folder generated outside the project', async () => {
    const sf = new FakeSf({ 'project deploy start': ok({ numberComponentsDeployed: 4 }) });
    await expect(
      deployMetadataDir(sf, { metadataDir: '/tmp/x', targetOrg: 'o', waitMinutes: 5 })
    ).resolves.toBe(4);
    expect(sf.calls[0]).toEqual([
      'project',
      'deploy',
      'start',
      '--metadata-dir',
      '/tmp/x',
      '--target-org',
      'o',
      '--wait',
      '5',
      '--json'
    ]);
  });

  it('makes short unique run ids', () => {
    expect(newRunId(1_750_000_000_000, 0)).toMatch(/^[0-9a-z]{6}000$/);
    expect(newRunId(1_750_000_000_000, 0.5)).not.toBe(newRunId(1_750_000_000_000, 0.25));
  });
});
