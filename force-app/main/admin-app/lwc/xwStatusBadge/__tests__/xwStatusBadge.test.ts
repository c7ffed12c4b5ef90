import XwStatusBadge from 'c/xwStatusBadge';
import { LABELS } from 'c/xwLabels';
import { cleanup, find, mount } from '../../__tests__/helpers';

jest.mock('@salesforce/label/c.XwStatusAssistive', () => ({ default: 'Status: {0}' }), {
  virtual: true
});
jest.mock('@salesforce/label/c.XwOptStatusVerified', () => ({ default: 'Verified' }), {
  virtual: true
});

function render(status: string | undefined): HTMLElement {
  return mount('c-xw-status-badge', XwStatusBadge, { status });
}

describe('c-xw-status-badge', () => {
  afterEach(cleanup);

  it('shows a failing connection in the error theme', async () => {
    const element = render('Failing');
    const badge = find(element, 'span.slds-badge');
    expect(badge.className).toContain('slds-theme_error');
    expect(badge.textContent).toContain(LABELS.optStatusFailing);
    await expect(element).toBeAccessible();
  });

  it('spells out the status for screen readers', () => {
    const element = render('Verified');
    expect(find(element, '.slds-assistive-text').textContent).toBe('Status: Verified');
  });

  it('falls back to Unknown for a status it does not know', () => {
    const element = render('Exploded');
    const badge = find(element, 'span.slds-badge');
    expect(badge.className).toContain('slds-badge_lightest');
    expect(badge.textContent).toContain(LABELS.statusUnknown);
  });
});
