import XwSyncProgress from 'c/xwSyncProgress';
import { cleanup, find, mount } from '../../__tests__/helpers';
import RUNS from '../../xwMonitor/__tests__/data/listInitialSyncs.json';

jest.mock('@salesforce/label/c.XwProgressCounts', () => ({ default: '{0} of {1} · {2} failed' }), {
  virtual: true
});
jest.mock('@salesforce/label/c.XwProgressEta', () => ({ default: 'About {0} left' }), {
  virtual: true
});
jest.mock('@salesforce/label/c.XwDurationMinutes', () => ({ default: '{0} min' }), {
  virtual: true
});
jest.mock('@salesforce/label/c.XwMetricPercent', () => ({ default: '{0} %' }), { virtual: true });

const NOW = Date.parse('2025-06-01T10:00:00.000Z');

describe('c-xw-sync-progress', () => {
  afterEach(cleanup);

  it('shows a running sync with counts and the time left', async () => {
    const element = mount('c-xw-sync-progress', XwSyncProgress, { run: RUNS[0], now: NOW });
    expect(find(element, 'lightning-progress-bar').value).toBe(38);
    expect(find(element, '.counts').textContent).toBe('38 % · 18,000 of 48,000 · 50 failed');
    expect(find(element, '.eta').textContent).toBe('About 17 min left');
    expect(find(element, '.slds-badge').className).toBe('slds-badge');
    await expect(element).toBeAccessible();
  });

  it('shows a finished sync without an ETA', async () => {
    const element = mount('c-xw-sync-progress', XwSyncProgress, { run: RUNS[1], now: NOW });
    expect(find(element, 'lightning-progress-bar').value).toBe(100);
    expect(element.shadowRoot?.querySelector('.eta')).toBeNull();
    expect(find(element, '.slds-badge').className).toContain('slds-theme_success');
    await expect(element).toBeAccessible();
  });

  it('marks failed runs and survives a missing run', () => {
    const failed = mount('c-xw-sync-progress', XwSyncProgress, {
      run: { Id: 'x', Name: 'XR-1', Status__c: 'Failed' }
    });
    expect(find(failed, '.slds-badge').className).toContain('slds-theme_error');
    expect(find(failed, '.slds-text-title_bold').textContent).toBe('XR-1');
    cleanup();
    const nothing = mount('c-xw-sync-progress', XwSyncProgress);
    expect(find(nothing, 'lightning-progress-bar').value).toBe(0);
  });
});
