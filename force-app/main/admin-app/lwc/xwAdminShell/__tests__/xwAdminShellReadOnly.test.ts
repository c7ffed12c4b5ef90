import XwAdminShell from 'c/xwAdminShell';
import listConnections from '@salesforce/apex/XwConnectionsController.listConnections';
import { cleanup, find, flushPromises, mount } from '../../__tests__/helpers';
import CONNECTIONS from './data/listConnections.json';

jest.mock(
  '@salesforce/apex/XwConnectionsController.listConnections',
  () => ({ default: jest.fn() }),
  { virtual: true }
);
jest.mock('@salesforce/customPermission/XwManageSync', () => ({ default: undefined }), {
  virtual: true
});

describe('c-xw-admin-shell without XwManageSync', () => {
  afterEach(cleanup);

  it('says the app is read-only and disables changes in every section', async () => {
    (listConnections as unknown as jest.Mock).mockResolvedValue(CONNECTIONS);
    const element = mount('c-xw-admin-shell', XwAdminShell);
    await flushPromises();

    expect(find(element, '.read-only')).toBeTruthy();
    expect(find(element, 'c-xw-connections').canManage).toBe(false);
    expect(find(element, 'c-xw-settings').canManage).toBe(false);
    await expect(element).toBeAccessible();
  });
});
