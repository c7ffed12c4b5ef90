// The Crosswalk configuration the e2e test loads into each org: one connection to the other org
// with Account and Contact mapped both ways (Contact.AccountId through a relation mapping).
// Records are inserted through the REST API exactly as docs/data-model.md describes them.
import { E2E_CREDENTIAL, type RemoteType } from './constants';
import type { OrgClient } from './org-client';

export interface MappingPlan {
  sobject: string;
  /** Fields synced both ways, same API name on both sides. */
  fields: readonly string[];
  identifyingFields: string;
  sortOrder: number;
  /** Lookup field → parent object whose mapping resolves it. */
  relations: Readonly<Record<string, string>>;
}

export const E2E_MAPPINGS: readonly MappingPlan[] = [
  {
    sobject: 'Account',
    fields: ['Name', 'Phone', 'Website'],
    identifyingFields: 'Name',
    sortOrder: 10,
    relations: {}
  },
  {
    sobject: 'Contact',
    fields: ['FirstName', 'LastName', 'Email', 'Phone', 'Title'],
    identifyingFields: 'Email',
    sortOrder: 20,
    relations: { AccountId: 'Account' }
  }
];

export const EXTERNAL_ID_FIELD = 'XwExternalId__c';

// Required and name fields cannot carry field permissions; profiles always grant them.
const ALWAYS_VISIBLE = new Set(['Name', 'FirstName', 'LastName']);

/** Object.Field names the integration user must be able to edit. */
export function permissionFields(): string[] {
  return E2E_MAPPINGS.flatMap((mapping) => [
    ...mapping.fields
      .filter((field) => !ALWAYS_VISIBLE.has(field))
      .map((field) => `${mapping.sobject}.${field}`),
    `${mapping.sobject}.${EXTERNAL_ID_FIELD}`
  ]);
}

export interface ConnectionPlan {
  /** ConfigKey__c, also the prefix of every mapping key. */
  configKey: string;
  name: string;
  remoteType: RemoteType;
}

export interface ConfiguredConnection {
  connectionId: string;
  /** Object mapping id by Salesforce object. */
  mappingIds: Readonly<Record<string, string>>;
}

export function connectionRecord(plan: ConnectionPlan): Record<string, unknown> {
  return {
    Name: plan.name,
    ConfigKey__c: plan.configKey,
    RemoteType__c: plan.remoteType,
    NamedCredential__c: E2E_CREDENTIAL,
    Environment__c: 'Sandbox',
    Status__c: 'New',
    Frequency__c: 'RealTime',
    DefaultDirection__c: 'Both',
    // Manual review, so the conflict scenario finds the conflict in the receiving org's queue.
    ConflictPolicy__c: 'ManualReview',
    BatchSize__c: 200,
    MaxAttempts__c: 5,
    IsActive__c: true
  };
}

export function objectMappingRecord(
  plan: ConnectionPlan,
  mapping: MappingPlan,
  connectionId: string
): Record<string, unknown> {
  return {
    Connection__c: connectionId,
    MappingKey__c: `${plan.configKey}/${mapping.sobject}`,
    SalesforceObject__c: mapping.sobject,
    RemoteObject__c: mapping.sobject,
    SyncType__c: 'Synchronize',
    AllowCreateToRemote__c: true,
    AllowUpdateToRemote__c: true,
    AllowDeleteToRemote__c: true,
    AllowCreateFromRemote__c: true,
    AllowUpdateFromRemote__c: true,
    AllowDeleteFromRemote__c: true,
    IdGeneration__c: 'Salesforce',
    ExternalIdField__c: EXTERNAL_ID_FIELD,
    IdentifyingFields__c: mapping.identifyingFields,
    MatchingMode__c: 'Strict',
    SyncFiles__c: true,
    SortOrder__c: mapping.sortOrder,
    IsActive__c: true
  };
}

/** Inserts the connection, its object mappings, field mappings and relation mappings. */
export async function configureConnection(
  client: OrgClient,
  plan: ConnectionPlan
): Promise<ConfiguredConnection> {
  const [connectionId = ''] = await client.insert('XwConnection__c', [connectionRecord(plan)]);
  const mappingIdList = await client.insert(
    'XwObjectMapping__c',
    E2E_MAPPINGS.map((mapping) => objectMappingRecord(plan, mapping, connectionId))
  );
  const mappingIds: Record<string, string> = {};
  E2E_MAPPINGS.forEach((mapping, index) => {
    mappingIds[mapping.sobject] = mappingIdList[index] ?? '';
  });

  const fieldRows = E2E_MAPPINGS.flatMap((mapping) =>
    mapping.fields.map((field) => ({
      ObjectMapping__c: mappingIds[mapping.sobject],
      FieldKey__c: `${plan.configKey}/${mapping.sobject}/${field}`,
      SalesforceField__c: field,
      RemoteField__c: field,
      Direction__c: 'Both',
      TransformType__c: 'None',
      IsRequired__c: false,
      IsSensitive__c: false
    }))
  );
  await client.insert('XwFieldMapping__c', fieldRows);

  const relationRows = E2E_MAPPINGS.flatMap((mapping) =>
    Object.entries(mapping.relations).map(([lookup, parent]) => ({
      ObjectMapping__c: mappingIds[mapping.sobject],
      RelationKey__c: `${plan.configKey}/${mapping.sobject}/${lookup}`,
      LookupField__c: lookup,
      RemoteReferenceField__c: lookup,
      ParentObjectMapping__c: mappingIds[parent]
    }))
  );
  if (relationRows.length) await client.insert('XwRelationMapping__c', relationRows);
  return { connectionId, mappingIds };
}
