import XwAdminShell from 'c/xwAdminShell';
import listConnections from '@salesforce/apex/XwConnectionsController.listConnections';
import {
  apexError,
  cleanup,
  find,
  findAll,
  fire,
  flushPromises,
  mount
} from '../../__tests__/helpers';
import CONNECTIONS from './data/listConnections.json';

jest.mock(
  '@salesforce/apex/XwConnectionsController.listConnections',
  () => ({ default: jest.fn() }),
  { virtual: true }
);
jest.mock('@salesforce/customPermission/XwManageSync', () => ({ default: true }), {
  virtual: true
});

const mockList = listConnections as unknown as jest.Mock;

async function render(): Promise<HTMLElement> {
  const element = mount('c-xw-admin-shell', XwAdminShell);
  await flushPromises();
  return element;
}

describe('c-xw-admin-shell', () => {
  afterEach(cleanup);

  it('loads the connections, selects the first and hands it to every section', async () => {
    mockList.mockResolvedValue(CONNECTIONS);
    const element = await render();

    expect(mockList).toHaveBeenCalledTimes(1);
    const picker = find(element, 'lightning-combobox.connection-picker');
    expect(picker.value).toBe('a01000000000001AAA');
    expect(picker.options).toHaveLength(3);
    expect(find(element, 'c-xw-connections').connections).toEqual(CONNECTIONS);
    expect(find(element, 'c-xw-monitor').connectionId).toBe('a01000000000001AAA');
    expect(find(element, 'c-xw-errors').canManage).toBe(true);
    expect(findAll(element, 'lightning-tab')).toHaveLength(6);
    expect(element.shadowRoot?.querySelector('.read-only')).toBeNull();
    await expect(element).toBeAccessible();
  });

  it('switches every section to the connection picked', async () => {
    mockList.mockResolvedValue(CONNECTIONS);
    const element = await render();

    fire(find(element, 'lightning-combobox.connection-picker'), 'change', {
      value: 'a01000000000002AAA'
    });
    await flushPromises();

    expect(find(element, 'c-xw-mappings-editor').connectionId).toBe('a01000000000002AAA');
    expect(find(element, 'c-xw-settings').connectionName).toBe('Sandbox org');
  });

  it('follows a selection made in the connections list and reloads after a change', async () => {
    mockList.mockResolvedValue(CONNECTIONS);
    const element = await render();
    const connections = find(element, 'c-xw-connections');

    fire(connections, 'connectionselect', { id: 'a01000000000003AAA' });
    await flushPromises();
    expect(find(element, 'c-xw-conflicts').connectionId).toBe('a01000000000003AAA');

    fire(connections, 'connectionschanged');
    await flushPromises();
    expect(mockList).toHaveBeenCalledTimes(2);

    find(element, 'lightning-button-icon.refresh').click();
    await flushPromises();
    expect(mockList).toHaveBeenCalledTimes(3);
  });

  it('shows why the connections could not be loaded', async () => {
    mockList.mockRejectedValue(apexError('You do not have access to this Crosswalk data.'));
    const element = await render();

    expect(find(element, 'c-xw-error-panel').message).toBe(
      'You do not have access to this Crosswalk data.'
    );
    expect(findAll(element, 'c-xw-empty-state').length).toBeGreaterThan(0);
    await expect(element).toBeAccessible();
  });

  it('asks for a connection when there is none yet', async () => {
    mockList.mockResolvedValue([]);
    const element = await render();

    expect(element.shadowRoot?.querySelector('c-xw-mappings-editor')).toBeNull();
    expect(findAll(element, 'c-xw-empty-state').length).toBeGreaterThanOrEqual(2);
  });
});
