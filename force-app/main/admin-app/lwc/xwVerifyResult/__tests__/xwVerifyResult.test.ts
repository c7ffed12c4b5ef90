import XwVerifyResult from 'c/xwVerifyResult';
import { LABELS } from 'c/xwLabels';
import { cleanup, find, mount } from '../../__tests__/helpers';
import VERIFIED from '../../xwConnections/__tests__/data/verifyConnection.json';
import VERIFY_FAILED from '../../xwConnections/__tests__/data/verifyConnectionFailure.json';

jest.mock('@salesforce/label/c.XwVerifySuccess', () => ({ default: 'Connected to {0}' }), {
  virtual: true
});
jest.mock('@salesforce/label/c.XwVerifyDetails', () => ({ default: '{0} · {1} · {2} ms · {3}' }), {
  virtual: true
});

describe('c-xw-verify-result', () => {
  afterEach(cleanup);

  it('shows the remote name, version, user, latency and objects', async () => {
    const element = mount('c-xw-verify-result', XwVerifyResult, {
      result: VERIFIED,
      connectionName: 'Acme ERP'
    });
    expect(find(element, '.success').textContent).toBe('Connected to Acme ERP');
    expect(find(element, '.details').textContent).toBe('4.2.1 · sync@acme.example · 182 ms · 12');
    expect(element.shadowRoot?.querySelector('c-xw-error-panel')).toBeNull();
    await expect(element).toBeAccessible();
  });

  it('shows the exact failure', async () => {
    const element = mount('c-xw-verify-result', XwVerifyResult, { result: VERIFY_FAILED });
    const panel = find(element, 'c-xw-error-panel');
    expect(panel.message).toBe(VERIFY_FAILED.message);
    expect(panel.heading).toBe(LABELS.verifyFailed);
    await expect(element).toBeAccessible();
  });

  it('shows nothing before a verify', () => {
    const element = mount('c-xw-verify-result', XwVerifyResult);
    expect(element.shadowRoot?.children).toHaveLength(0);
  });
});
