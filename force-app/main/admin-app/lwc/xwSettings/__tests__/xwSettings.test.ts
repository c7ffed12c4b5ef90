import XwSettings from 'c/xwSettings';
import getSettings from '@salesforce/apex/XwSettingsController.getSettings';
import setSyncEnabled from '@salesforce/apex/XwSettingsController.setSyncEnabled';
import exportConfiguration from '@salesforce/apex/XwSettingsController.exportConfiguration';
import importConfiguration from '@salesforce/apex/XwSettingsController.importConfiguration';
import {
  apexError,
  cleanup,
  find,
  fire,
  flushPromises,
  listen,
  mount
} from '../../__tests__/helpers';
import SETTINGS from './data/getSettings.json';
import EXPORTED from './data/exportConfiguration.json';
import IMPORT_REPORT from './data/importConfiguration.json';

jest.mock('@salesforce/apex/XwSettingsController.getSettings', () => ({ default: jest.fn() }), {
  virtual: true
});
jest.mock('@salesforce/apex/XwSettingsController.setSyncEnabled', () => ({ default: jest.fn() }), {
  virtual: true
});
jest.mock(
  '@salesforce/apex/XwSettingsController.exportConfiguration',
  () => ({ default: jest.fn() }),
  { virtual: true }
);
jest.mock(
  '@salesforce/apex/XwSettingsController.importConfiguration',
  () => ({ default: jest.fn() }),
  { virtual: true }
);

const mocks = {
  get: getSettings as unknown as jest.Mock,
  set: setSyncEnabled as unknown as jest.Mock,
  export: exportConfiguration as unknown as jest.Mock,
  import: importConfiguration as unknown as jest.Mock
};

async function render(canManage = true): Promise<HTMLElement> {
  const element = mount('c-xw-settings', XwSettings, {
    connectionId: 'a01000000000001AAA',
    connectionName: 'Acme ERP',
    canManage
  });
  await flushPromises();
  return element;
}

async function chooseFile(element: HTMLElement, text: string): Promise<void> {
  const file = new File([text], 'acme-erp.json', { type: 'application/json' });
  fire(find(element, 'lightning-input.import-file'), 'change', { files: [file] });
  // FileReader answers on a later task: wait until the Import button is enabled.
  for (let tries = 0; tries < 50 && find(element, 'lightning-button.import').disabled; tries++) {
    // eslint-disable-next-line no-await-in-loop, @lwc/lwc/no-async-operation
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  await flushPromises();
}

describe('c-xw-settings', () => {
  beforeEach(() => mocks.get.mockResolvedValue(SETTINGS));
  afterEach(cleanup);

  it('shows the kill switch as it is', async () => {
    const element = await render();
    const toggle = find(element, 'lightning-input.kill-switch');
    expect(toggle.checked).toBe(true);
    expect(toggle.disabled).toBe(false);
    expect(find(element, 'lightning-button.import').disabled).toBe(true);
    await expect(element).toBeAccessible();
  });

  it('turns sync off for the org', async () => {
    mocks.set.mockResolvedValue({ syncEnabled: false, canManage: true });
    const element = await render();
    const toasts = listen(element, 'lightning__showtoast');
    fire(find(element, 'lightning-input.kill-switch'), 'change', { checked: false });
    await flushPromises();
    expect(mocks.set).toHaveBeenCalledWith({ enabled: false });
    expect(find(element, 'lightning-input.kill-switch').checked).toBe(false);
    expect(toasts).toHaveLength(1);
  });

  it('downloads the configuration of the connection as JSON', async () => {
    mocks.export.mockResolvedValue(JSON.stringify(EXPORTED));
    const element = await render();
    const link = find<HTMLAnchorElement>(element, 'a.download');
    const click = jest.spyOn(link, 'click').mockImplementation(() => undefined);

    find(element, 'lightning-button.export').click();
    await flushPromises();

    expect(mocks.export).toHaveBeenCalledWith({ connectionId: 'a01000000000001AAA' });
    expect(click).toHaveBeenCalledTimes(1);
    expect(link.download).toBe('Acme-ERP.json');
    expect(decodeURIComponent(link.href)).toContain('"configKey":"acme-erp"');
  });

  it('imports a file and shows the validation report when it is refused', async () => {
    mocks.import.mockResolvedValue(IMPORT_REPORT);
    const element = await render();
    await chooseFile(element, '{"version":1}');
    expect(find(element, '.chosen')).toBeTruthy();

    find(element, 'lightning-button.import').click();
    await flushPromises();

    expect(mocks.import).toHaveBeenCalledWith({ configurationJson: '{"version":1}' });
    expect(find(element, 'c-xw-problem-list').problems).toEqual(IMPORT_REPORT.problems);
    expect(find(element, 'c-xw-error-panel')).toBeTruthy();
    await expect(element).toBeAccessible();
  });

  it('reports a successful import and tells the shell', async () => {
    mocks.import.mockResolvedValue({ success: true, recordId: 'a01000000000001AAA', problems: [] });
    const element = await render();
    const changed = listen(element, 'connectionschanged');
    await chooseFile(element, '{"version":1}');
    find(element, 'lightning-button.import').click();
    await flushPromises();
    expect(find(element, '.import-success')).toBeTruthy();
    expect(changed).toHaveLength(1);
  });

  it('shows every failure where it happened', async () => {
    mocks.set.mockRejectedValue(apexError('Switch refused'));
    mocks.export.mockRejectedValue(apexError('Export refused'));
    mocks.import.mockRejectedValue(apexError('Import refused'));
    const element = await render();
    fire(find(element, 'lightning-input.kill-switch'), 'change', { checked: false });
    find(element, 'lightning-button.export').click();
    await chooseFile(element, '{}');
    find(element, 'lightning-button.import').click();
    await flushPromises();
    const messages = Array.from(element.shadowRoot?.querySelectorAll('c-xw-error-panel') ?? []).map(
      (panel) => (panel as HTMLElement & { message: string }).message
    );
    expect(messages).toEqual(['Switch refused', 'Export refused', 'Import refused']);
  });

  it('is read-only without XwManageSync and says why settings could not load', async () => {
    mocks.get.mockRejectedValue(apexError('No access'));
    const element = await render(false);
    expect(find(element, 'lightning-input.kill-switch').disabled).toBe(true);
    expect(find(element, 'c-xw-error-panel').message).toBe('No access');
    fire(find(element, 'lightning-input.import-file'), 'change', { files: [] });
    await flushPromises();
    expect(element.shadowRoot?.querySelector('.chosen')).toBeNull();
  });
});
