// Metadata the e2e test deploys next to Crosswalk in each org, generated per run because the
// Named Credential's URL is the other org's: an External Credential whose named principal holds
// the other org's access token (set later through the Connect API, never written here), the
// Named Credential that sends it as a bearer token, and two permission sets.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import {
  API_VERSION,
  E2E_CREDENTIAL,
  E2E_CREDENTIAL_PERMSET,
  E2E_PRINCIPAL,
  E2E_SYNCED_OBJECTS_PERMSET,
  E2E_TOKEN_PARAMETER,
  INBOUND_PATH,
  SYNCED_OBJECTS,
  type RemoteType
} from './constants';
import { permissionFields } from './plan';

const NS = 'http://soap.sforce.com/2006/04/metadata';

export function xmlEscape(value: string): string {
  return value
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

function document(type: string, body: string[]): string {
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<${type} xmlns="${NS}">`,
    ...body.map((line) => `    ${line}`),
    `</${type}>`,
    ''
  ].join('\n');
}

/** Where the connection's callouts go: the org itself, or its Crosswalk inbound resource. */
export function remoteUrl(remoteType: RemoteType, instanceUrl: string): string {
  const base = instanceUrl.replace(/\/+$/, '');
  return remoteType === 'RestJson' ? `${base}${INBOUND_PATH}` : base;
}

export function externalCredentialXml(): string {
  const header = `{!'Bearer ' & $Credential.${E2E_CREDENTIAL}.${E2E_TOKEN_PARAMETER}}`;
  return document('ExternalCredential', [
    '<authenticationProtocol>Custom</authenticationProtocol>',
    '<description>Crosswalk e2e test: the other org&apos;s access token, set by the test run.</description>',
    '<externalCredentialParameters>',
    `    <parameterGroup>${E2E_PRINCIPAL}</parameterGroup>`,
    `    <parameterName>${E2E_PRINCIPAL}</parameterName>`,
    '    <parameterType>NamedPrincipal</parameterType>',
    '    <sequenceNumber>1</sequenceNumber>',
    '</externalCredentialParameters>',
    '<externalCredentialParameters>',
    '    <parameterName>Authorization</parameterName>',
    '    <parameterType>AuthHeader</parameterType>',
    `    <parameterValue>${xmlEscape(header)}</parameterValue>`,
    '    <sequenceNumber>1</sequenceNumber>',
    '</externalCredentialParameters>',
    `<label>${E2E_CREDENTIAL}</label>`
  ]);
}

export function namedCredentialXml(url: string): string {
  return document('NamedCredential', [
    '<allowMergeFieldsInBody>false</allowMergeFieldsInBody>',
    '<allowMergeFieldsInHeader>true</allowMergeFieldsInHeader>',
    '<calloutStatus>Enabled</calloutStatus>',
    '<generateAuthorizationHeader>false</generateAuthorizationHeader>',
    `<label>${E2E_CREDENTIAL}</label>`,
    '<namedCredentialParameters>',
    '    <parameterName>Url</parameterName>',
    '    <parameterType>Url</parameterType>',
    `    <parameterValue>${xmlEscape(url)}</parameterValue>`,
    '</namedCredentialParameters>',
    '<namedCredentialParameters>',
    `    <externalCredential>${E2E_CREDENTIAL}</externalCredential>`,
    '    <parameterName>ExternalCredential</parameterName>',
    '    <parameterType>Authentication</parameterType>',
    '</namedCredentialParameters>',
    '<namedCredentialType>SecuredEndpoint</namedCredentialType>'
  ]);
}

export function credentialAccessPermsetXml(): string {
  return document('PermissionSet', [
    '<description>Crosswalk e2e test: callouts through the XwE2eRemote credential.</description>',
    '<externalCredentialPrincipalAccesses>',
    '    <enabled>true</enabled>',
    `    <externalCredentialPrincipal>${E2E_CREDENTIAL}-${E2E_PRINCIPAL}</externalCredentialPrincipal>`,
    '</externalCredentialPrincipalAccesses>',
    '<hasActivationRequired>false</hasActivationRequired>',
    `<label>${E2E_CREDENTIAL_PERMSET}</label>`
  ]);
}

/** What the integration user needs on the synced objects: the other org creates and deletes. */
export function syncedObjectsPermsetXml(): string {
  const fields = permissionFields().flatMap((field) => [
    '<fieldPermissions>',
    '    <editable>true</editable>',
    `    <field>${field}</field>`,
    '    <readable>true</readable>',
    '</fieldPermissions>'
  ]);
  const objects = SYNCED_OBJECTS.flatMap((object) => [
    '<objectPermissions>',
    '    <allowCreate>true</allowCreate>',
    '    <allowDelete>true</allowDelete>',
    '    <allowEdit>true</allowEdit>',
    '    <allowRead>true</allowRead>',
    '    <modifyAllRecords>true</modifyAllRecords>',
    `    <object>${object}</object>`,
    '    <viewAllRecords>true</viewAllRecords>',
    '</objectPermissions>'
  ]);
  return document('PermissionSet', [
    '<description>Crosswalk e2e test: the integration user writes the synced objects.</description>',
    ...fields,
    '<hasActivationRequired>false</hasActivationRequired>',
    `<label>${E2E_SYNCED_OBJECTS_PERMSET}</label>`,
    ...objects
  ]);
}

export function packageXml(members: Readonly<Record<string, readonly string[]>>): string {
  const types = Object.entries(members).flatMap(([type, names]) => [
    '<types>',
    ...names.map((name) => `    <members>${name}</members>`),
    `    <name>${type}</name>`,
    '</types>'
  ]);
  return document('Package', [...types, `<version>${API_VERSION}</version>`]);
}

/** Every file of the metadata folder, by path relative to it. */
export function credentialMetadata(url: string): Map<string, string> {
  return new Map([
    [
      'package.xml',
      packageXml({
        ExternalCredential: [E2E_CREDENTIAL],
        NamedCredential: [E2E_CREDENTIAL],
        PermissionSet: [E2E_CREDENTIAL_PERMSET, E2E_SYNCED_OBJECTS_PERMSET]
      })
    ],
    [`externalCredentials/${E2E_CREDENTIAL}.externalCredential`, externalCredentialXml()],
    [`namedCredentials/${E2E_CREDENTIAL}.namedCredential`, namedCredentialXml(url)],
    [`permissionsets/${E2E_CREDENTIAL_PERMSET}.permissionset`, credentialAccessPermsetXml()],
    [`permissionsets/${E2E_SYNCED_OBJECTS_PERMSET}.permissionset`, syncedObjectsPermsetXml()]
  ]);
}

export function writeFiles(dir: string, files: ReadonlyMap<string, string>): void {
  for (const [relative, content] of files) {
    const target = path.join(dir, relative);
    mkdirSync(path.dirname(target), { recursive: true });
    writeFileSync(target, content);
  }
}
