import XwMappingsEditor from 'c/xwMappingsEditor';
import listMappings from '@salesforce/apex/XwMappingsController.listMappings';
import getMapping from '@salesforce/apex/XwMappingsController.getMapping';
import listSalesforceObjects from '@salesforce/apex/XwMappingsController.listSalesforceObjects';
import describeSalesforceObject from '@salesforce/apex/XwMappingsController.describeSalesforceObject';
import describeRemote from '@salesforce/apex/XwMappingsController.describeRemote';
import validateMapping from '@salesforce/apex/XwMappingsController.validateMapping';
import saveMapping from '@salesforce/apex/XwMappingsController.saveMapping';
import {
  apexError,
  cleanup,
  deferred,
  find,
  findAll,
  fire,
  flushPromises,
  listen,
  mount
} from '../../__tests__/helpers';
import CONNECTIONS from '../../xwAdminShell/__tests__/data/listConnections.json';
import MAPPINGS from './data/listMappings.json';
import MAPPING from './data/getMapping.json';
import OBJECTS from './data/listSalesforceObjects.json';
import CONTACT from './data/describeSalesforceObject.json';
import REMOTE from './data/describeRemote.json';
import VALIDATION from './data/validateMapping.json';
import SAVED from './data/saveMapping.json';

jest.mock('@salesforce/apex/XwMappingsController.listMappings', () => ({ default: jest.fn() }), {
  virtual: true
});
jest.mock('@salesforce/apex/XwMappingsController.getMapping', () => ({ default: jest.fn() }), {
  virtual: true
});
jest.mock(
  '@salesforce/apex/XwMappingsController.listSalesforceObjects',
  () => ({ default: jest.fn() }),
  { virtual: true }
);
jest.mock(
  '@salesforce/apex/XwMappingsController.describeSalesforceObject',
  () => ({ default: jest.fn() }),
  { virtual: true }
);
jest.mock('@salesforce/apex/XwMappingsController.describeRemote', () => ({ default: jest.fn() }), {
  virtual: true
});
jest.mock('@salesforce/apex/XwMappingsController.validateMapping', () => ({ default: jest.fn() }), {
  virtual: true
});
jest.mock('@salesforce/apex/XwMappingsController.saveMapping', () => ({ default: jest.fn() }), {
  virtual: true
});

jest.mock(
  '@salesforce/label/c.XwMappingRemoteUnavailable',
  () => ({ default: 'Type the remote names yourself: {0}' }),
  { virtual: true }
);

const mocks = {
  list: listMappings as unknown as jest.Mock,
  get: getMapping as unknown as jest.Mock,
  objects: listSalesforceObjects as unknown as jest.Mock,
  describe: describeSalesforceObject as unknown as jest.Mock,
  remote: describeRemote as unknown as jest.Mock,
  validate: validateMapping as unknown as jest.Mock,
  save: saveMapping as unknown as jest.Mock
};

const ACME = 'a01000000000001AAA';
const CONTACTS = 'a02000000000002AAA';

function happyPath(): void {
  mocks.list.mockResolvedValue(MAPPINGS);
  mocks.get.mockResolvedValue(MAPPING);
  mocks.objects.mockResolvedValue(OBJECTS);
  mocks.describe.mockResolvedValue(CONTACT);
  mocks.remote.mockResolvedValue(REMOTE);
}

async function render(canManage = true): Promise<HTMLElement> {
  const element = mount('c-xw-mappings-editor', XwMappingsEditor, {
    connectionId: ACME,
    connections: CONNECTIONS,
    canManage
  });
  await flushPromises();
  return element;
}

async function openContacts(element: HTMLElement): Promise<void> {
  find(element, `button.open-mapping[data-id="${CONTACTS}"]`).click();
  await flushPromises();
}

function payloadOf(mock: jest.Mock): {
  mapping: Record<string, unknown>;
  fields: { field: Record<string, unknown>; valueMaps: Record<string, unknown>[] }[];
  relations: Record<string, unknown>[];
} {
  return JSON.parse((mock.mock.calls[0][0] as { mappingJson: string }).mappingJson);
}

describe('c-xw-mappings-editor', () => {
  afterEach(cleanup);

  it('lists the mappings of the connection and loads both describes', async () => {
    happyPath();
    const element = await render();

    expect(mocks.list).toHaveBeenCalledWith({ connectionId: ACME });
    expect(mocks.remote).toHaveBeenCalledWith({ connectionId: ACME });
    expect(mocks.objects).toHaveBeenCalledTimes(1);
    const items = findAll(element, 'button.open-mapping');
    expect(items).toHaveLength(3);
    expect(items[2].textContent).toContain('Lead ↔ Prospect');
    await expect(element).toBeAccessible();
  });

  it('opens a mapping with its rows, the object describe and the remote fields', async () => {
    happyPath();
    const element = await render();
    await openContacts(element);

    expect(mocks.get).toHaveBeenCalledWith({ objectMappingId: CONTACTS });
    expect(mocks.describe).toHaveBeenCalledWith({ objectApiName: 'Contact' });
    const form = find(element, 'c-xw-mapping-form');
    expect(form.mapping).toEqual(MAPPING.mapping);
    expect(form.salesforceObjects).toEqual(OBJECTS);
    expect(form.remoteFields).toEqual(REMOTE[1].fields);
    const rows = findAll(element, 'c-xw-field-mapping-row');
    expect(rows).toHaveLength(4);
    expect(rows[1].valueMaps).toEqual(MAPPING.fields[1].valueMaps);
    expect(rows[0].salesforceFields).toEqual(CONTACT.fields);
    const relations = find(element, 'c-xw-relation-editor');
    expect(relations.relations).toEqual(MAPPING.relations);
    expect((relations.parentMappings as unknown[]).length).toBe(2);
    await expect(element).toBeAccessible();
  });

  it('shows validation problems next to the offending rows', async () => {
    happyPath();
    mocks.validate.mockResolvedValue(VALIDATION);
    const element = await render();
    await openContacts(element);

    find(element, 'lightning-button.validate').click();
    await flushPromises();

    const payload = payloadOf(mocks.validate);
    expect(payload.mapping.Id).toBe(CONTACTS);
    expect(payload.fields).toHaveLength(4);
    expect(payload.fields[1].valueMaps[0]).toEqual({
      Id: 'a04000000000001AAA',
      ValueKey__c: 'acme-erp/Contact/LeadSource/Web',
      SalesforceValue__c: 'Web',
      RemoteValue__c: 'WEBSITE'
    });
    const rows = findAll(element, 'c-xw-field-mapping-row');
    expect(rows[2].problems).toEqual([VALIDATION.problems[0]]);
    expect(rows[1].problems).toEqual([VALIDATION.problems[1]]);
    expect(rows[0].problems).toEqual([]);
    expect(find(element, 'c-xw-mapping-form').problems).toEqual([VALIDATION.problems[2]]);
    await expect(element).toBeAccessible();
  });

  it('says so when validation finds nothing', async () => {
    happyPath();
    mocks.validate.mockResolvedValue({ success: true, problems: [] });
    const element = await render();
    await openContacts(element);

    find(element, 'lightning-button.validate').click();
    await flushPromises();

    expect(find(element, '.valid')).toBeTruthy();
  });

  it('edits rows, value maps, relations and the mapping, then saves the whole draft', async () => {
    happyPath();
    mocks.save.mockResolvedValue(SAVED);
    const element = await render();
    await openContacts(element);
    const toasts = listen(element, 'lightning__showtoast');

    fire(find(element, 'c-xw-mapping-form'), 'mappingchange', {
      changes: { Filter__c: 'Email != null' }
    });
    const rows = findAll(element, 'c-xw-field-mapping-row');
    fire(rows[2], 'rowchange', {
      index: 2,
      changes: { TransformType__c: 'DateFormat', TransformSettings__c: '{"format":"dd.MM.yyyy"}' }
    });
    fire(rows[1], 'rowvaluemaps', {
      index: 1,
      valueMaps: [{ SalesforceValue__c: 'Web', RemoteValue__c: 'WWW' }]
    });
    fire(rows[3], 'rowremove', { index: 3 });
    find(element, 'lightning-button.add-field').click();
    await flushPromises();
    fire(find(element, 'c-xw-field-mapping-row:last-of-type'), 'rowchange', {
      index: 3,
      changes: { SalesforceField__c: 'Email', RemoteField__c: 'mail' }
    });
    fire(find(element, 'c-xw-relation-editor'), 'relationschange', { relations: [] });
    await flushPromises();
    find(element, 'lightning-button.save').click();
    await flushPromises();

    const payload = payloadOf(mocks.save);
    expect(payload.mapping.Filter__c).toBe('Email != null');
    expect(payload.fields.map((row) => row.field.SalesforceField__c)).toEqual([
      'LastName',
      'LeadSource',
      'Birthdate',
      'Email'
    ]);
    expect(payload.fields[2].field.TransformType__c).toBe('DateFormat');
    expect(payload.fields[1].valueMaps).toEqual([
      { SalesforceValue__c: 'Web', RemoteValue__c: 'WWW' }
    ]);
    expect(payload.fields[3].field).toEqual({
      SalesforceField__c: 'Email',
      RemoteField__c: 'mail',
      Direction__c: 'Both',
      TransformType__c: 'None'
    });
    expect(payload.relations).toEqual([]);
    expect(toasts).toHaveLength(1);
    expect(mocks.get).toHaveBeenCalledTimes(2);
  });

  it('does not call the server while a row names nothing', async () => {
    happyPath();
    const element = await render();
    await openContacts(element);

    find(element, 'lightning-button.add-field').click();
    await flushPromises();
    find(element, 'lightning-button.save').click();
    await flushPromises();

    expect(mocks.save).not.toHaveBeenCalled();
    expect(findAll(element, 'c-xw-field-mapping-row')[4].problems).toHaveLength(1);
  });

  it('keeps the draft and shows the problems when the save is refused', async () => {
    happyPath();
    mocks.save.mockResolvedValue(VALIDATION);
    const element = await render();
    await openContacts(element);

    find(element, 'lightning-button.save').click();
    await flushPromises();

    expect(findAll(element, 'c-xw-field-mapping-row')[2].problems).toEqual([
      VALIDATION.problems[0]
    ]);
    expect(mocks.get).toHaveBeenCalledTimes(1);
  });

  it('turns a failed save into a problem', async () => {
    happyPath();
    mocks.save.mockRejectedValue(apexError('You need the Crosswalk Manage Sync permission.'));
    const element = await render();
    await openContacts(element);

    find(element, 'lightning-button.save').click();
    await flushPromises();

    expect(find(element, 'c-xw-mapping-form').problems).toEqual([
      { message: 'You need the Crosswalk Manage Sync permission.', severity: 'error' }
    ]);
  });

  it('starts a new mapping with the sync type the connection allows', async () => {
    happyPath();
    const element = mount('c-xw-mappings-editor', XwMappingsEditor, {
      connectionId: 'a01000000000002AAA',
      connections: CONNECTIONS,
      canManage: true
    });
    await flushPromises();

    find(element, 'lightning-button.new-mapping').click();
    await flushPromises();
    const form = find(element, 'c-xw-mapping-form');
    expect(form.mapping).toMatchObject({
      Connection__c: 'a01000000000002AAA',
      SyncType__c: 'Export',
      IsActive__c: true
    });
    expect(find(element, 'c-xw-relation-editor').relations).toEqual([]);

    fire(form, 'mappingchange', { changes: { SalesforceObject__c: 'Contact' } });
    await flushPromises();
    expect(mocks.describe).toHaveBeenCalledWith({ objectApiName: 'Contact' });

    find(
      element,
      'lightning-button:not(.validate):not(.save):not(.add-field):not(.new-mapping)'
    ).click();
    await flushPromises();
    expect(element.shadowRoot?.querySelector('c-xw-mapping-form')).toBeNull();
  });

  it('lets the admin type remote names when the remote cannot be described', async () => {
    happyPath();
    mocks.remote.mockRejectedValue(apexError('Remote is down for maintenance'));
    const element = await render();
    await openContacts(element);

    expect(find(element, '.remote-error').textContent).toContain('Remote is down for maintenance');
    expect(find(element, 'c-xw-mapping-form').remoteObjects).toEqual([]);
    await expect(element).toBeAccessible();
  });

  it('shows load failures and the empty state', async () => {
    happyPath();
    mocks.list.mockRejectedValue(apexError('No access'));
    mocks.describe.mockRejectedValue(apexError('Unknown object'));
    const element = await render();
    expect(find(element, 'c-xw-error-panel').message).toBe('No access');

    cleanup();
    happyPath();
    mocks.list.mockResolvedValue([]);
    const empty = await render();
    expect(find(empty, 'c-xw-empty-state')).toBeTruthy();
    await expect(empty).toBeAccessible();
  });

  it('shows a describe failure of the Salesforce object', async () => {
    happyPath();
    mocks.describe.mockRejectedValue(apexError('This Salesforce object does not exist'));
    const element = await render();
    await openContacts(element);
    expect(find(element, 'section.editor c-xw-error-panel').message).toBe(
      'This Salesforce object does not exist'
    );
  });

  it('drops a slower mapping list for the connection left behind', async () => {
    happyPath();
    const slow = deferred<unknown[]>();
    mocks.list.mockReturnValueOnce(slow.promise).mockResolvedValueOnce([MAPPINGS[1]]);
    const element = await render();
    (element as HTMLElement & { connectionId: string }).connectionId = 'a01000000000003AAA';
    await flushPromises();
    slow.resolve(MAPPINGS);
    await flushPromises();
    const items = findAll(element, 'button.open-mapping');
    expect(items.map((item) => item.dataset.id)).toEqual([MAPPINGS[1]?.Id]);
  });

  it('does not open a mapping that arrives after the connection changed', async () => {
    happyPath();
    const slow = deferred<unknown>();
    mocks.get.mockReturnValueOnce(slow.promise);
    const element = await render();
    await openContacts(element);
    (element as HTMLElement & { connectionId: string }).connectionId = 'a01000000000003AAA';
    await flushPromises();
    slow.resolve(MAPPING);
    await flushPromises();
    expect(element.shadowRoot?.querySelector('c-xw-mapping-form')).toBeNull();
  });

  it('reloads when the connection changes and is read-only without XwManageSync', async () => {
    happyPath();
    const element = await render(false);
    expect(find(element, 'lightning-button.new-mapping').disabled).toBe(true);

    (element as HTMLElement & { connectionId: string }).connectionId = 'a01000000000003AAA';
    await flushPromises();
    expect(mocks.list).toHaveBeenLastCalledWith({ connectionId: 'a01000000000003AAA' });
  });
});
