import XwConnections from 'c/xwConnections';
import saveConnection from '@salesforce/apex/XwConnectionsController.saveConnection';
import verifyConnection from '@salesforce/apex/XwConnectionsController.verifyConnection';
import setPaused from '@salesforce/apex/XwConnectionsController.setPaused';
import syncNow from '@salesforce/apex/XwConnectionsController.syncNow';
import {
  apexError,
  cleanup,
  find,
  findAll,
  fire,
  flushPromises,
  listen,
  mount
} from '../../__tests__/helpers';
import CONNECTIONS from '../../xwAdminShell/__tests__/data/listConnections.json';
import VERIFIED from './data/verifyConnection.json';
import VERIFY_FAILED from './data/verifyConnectionFailure.json';
import SAVE_PROBLEMS from './data/saveConnection.json';

jest.mock(
  '@salesforce/apex/XwConnectionsController.saveConnection',
  () => ({ default: jest.fn() }),
  { virtual: true }
);
jest.mock(
  '@salesforce/apex/XwConnectionsController.verifyConnection',
  () => ({ default: jest.fn() }),
  { virtual: true }
);
jest.mock('@salesforce/apex/XwConnectionsController.setPaused', () => ({ default: jest.fn() }), {
  virtual: true
});
jest.mock('@salesforce/apex/XwConnectionsController.syncNow', () => ({ default: jest.fn() }), {
  virtual: true
});

const mockSave = saveConnection as unknown as jest.Mock;
const mockVerify = verifyConnection as unknown as jest.Mock;
const mockPause = setPaused as unknown as jest.Mock;
const mockSyncNow = syncNow as unknown as jest.Mock;

const ACME = 'a01000000000001AAA';

function render(canManage = true): HTMLElement {
  return mount('c-xw-connections', XwConnections, {
    connections: CONNECTIONS,
    selectedId: ACME,
    canManage
  });
}

function act(element: HTMLElement, action: string, id = ACME): void {
  fire(find(element, 'c-xw-connection-list'), 'connectionaction', { action, id });
}

describe('c-xw-connections', () => {
  afterEach(cleanup);

  it('lists the connections with the shell selection', async () => {
    const element = render();
    const list = find(element, 'c-xw-connection-list');
    expect(list.connections).toEqual(CONNECTIONS);
    expect(list.selectedId).toBe(ACME);
    expect(list.canManage).toBe(true);
    await expect(element).toBeAccessible();
  });

  it('shows the empty state when there is no connection', async () => {
    const element = mount('c-xw-connections', XwConnections, { connections: [], canManage: true });
    expect(find(element, 'c-xw-empty-state')).toBeTruthy();
    expect(element.shadowRoot?.querySelector('c-xw-connection-list')).toBeNull();
    await expect(element).toBeAccessible();
  });

  it('verifies a connection and shows the remote identity', async () => {
    mockVerify.mockResolvedValue(VERIFIED);
    const element = render();
    const changed = listen(element, 'connectionschanged');

    act(element, 'verify');
    await flushPromises();

    expect(mockVerify).toHaveBeenCalledWith({ connectionId: ACME });
    const result = find(element, 'c-xw-verify-result');
    expect(result.result).toEqual(VERIFIED);
    expect(result.connectionName).toBe('Acme ERP');
    expect(changed).toHaveLength(1);
    await expect(element).toBeAccessible();
  });

  it('shows the exact failure of a verify', async () => {
    mockVerify.mockResolvedValue(VERIFY_FAILED);
    const element = render();

    act(element, 'verify', 'a01000000000003AAA');
    await flushPromises();

    expect(find(element, 'c-xw-verify-result').result).toEqual(VERIFY_FAILED);
  });

  it('pauses and resumes', async () => {
    mockPause.mockResolvedValue({});
    const element = render();
    const toasts = listen<{ variant: string }>(element, 'lightning__showtoast');

    act(element, 'pause');
    await flushPromises();
    act(element, 'resume', 'a01000000000002AAA');
    await flushPromises();

    expect(mockPause).toHaveBeenNthCalledWith(1, { connectionId: ACME, paused: true });
    expect(mockPause).toHaveBeenNthCalledWith(2, {
      connectionId: 'a01000000000002AAA',
      paused: false
    });
    expect(toasts).toHaveLength(2);
    expect(toasts.map((t) => t.variant)).toEqual(['warning', 'success']);
  });

  it('starts a sync now and says when one already runs', async () => {
    mockSyncNow.mockResolvedValueOnce('7070000000000001AAA').mockResolvedValueOnce(null);
    const element = render();
    const toasts = listen<{ variant: string }>(element, 'lightning__showtoast');

    act(element, 'syncnow');
    await flushPromises();
    act(element, 'syncnow');
    await flushPromises();

    expect(mockSyncNow).toHaveBeenCalledWith({ connectionId: ACME });
    expect(toasts.map((t) => t.variant)).toEqual(['success', 'info']);
  });

  it('shows a refused action as an error', async () => {
    mockSyncNow.mockRejectedValue(apexError('You need the Crosswalk Manage Sync permission.'));
    const element = render();

    act(element, 'syncnow');
    await flushPromises();

    expect(find(element, 'c-xw-error-panel').message).toBe(
      'You need the Crosswalk Manage Sync permission.'
    );
  });

  it('passes a selection up to the shell', () => {
    const element = render();
    const selected = listen<{ id: string }>(element, 'connectionselect');
    act(element, 'select', 'a01000000000002AAA');
    expect(selected).toEqual([{ id: 'a01000000000002AAA' }]);
  });

  it('creates a connection and selects it', async () => {
    mockSave.mockResolvedValue({ success: true, recordId: 'a01000000000009AAA', problems: [] });
    const element = render();
    const selected = listen<{ id: string }>(element, 'connectionselect');
    const changed = listen(element, 'connectionschanged');

    find(element, 'lightning-button.new-connection').click();
    await flushPromises();
    const form = find(element, 'c-xw-connection-form');
    expect(form.record).toBeUndefined();
    fire(form, 'save', { connection: { Name: 'New ERP', NamedCredential__c: 'NewErp' } });
    await flushPromises();

    expect(mockSave).toHaveBeenCalledWith({
      connection: { sobjectType: 'XwConnection__c', Name: 'New ERP', NamedCredential__c: 'NewErp' }
    });
    expect(element.shadowRoot?.querySelector('c-xw-connection-form')).toBeNull();
    expect(selected).toEqual([{ id: 'a01000000000009AAA' }]);
    expect(changed).toHaveLength(1);
  });

  it('keeps the form open with the problems next to the fields', async () => {
    mockSave.mockResolvedValue(SAVE_PROBLEMS);
    const element = render();

    act(element, 'edit');
    await flushPromises();
    const form = find(element, 'c-xw-connection-form');
    expect(form.record).toEqual(CONNECTIONS[0].record);
    fire(form, 'save', { connection: { ...CONNECTIONS[0].record, BatchSize__c: 500 } });
    await flushPromises();

    expect(find(element, 'c-xw-connection-form').problems).toEqual(SAVE_PROBLEMS.problems);
    await expect(element).toBeAccessible();
  });

  it('turns a failed save into a problem and closes on cancel', async () => {
    mockSave.mockRejectedValue(apexError('Insufficient access'));
    const element = render();

    find(element, 'lightning-button.new-connection').click();
    await flushPromises();
    fire(find(element, 'c-xw-connection-form'), 'save', { connection: { Name: 'X' } });
    await flushPromises();
    expect(find(element, 'c-xw-connection-form').problems).toEqual([
      { message: 'Insufficient access', severity: 'error' }
    ]);

    fire(find(element, 'c-xw-connection-form'), 'cancel');
    await flushPromises();
    expect(findAll(element, 'c-xw-connection-form')).toHaveLength(0);
  });

  it('disables creating without XwManageSync', () => {
    const element = render(false);
    expect(find(element, 'lightning-button.new-connection').disabled).toBe(true);
    expect(find(element, 'c-xw-connection-list').canManage).toBe(false);
  });
});
