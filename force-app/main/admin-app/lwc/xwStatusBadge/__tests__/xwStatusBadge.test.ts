import { createElement } from 'lwc';
import XwStatusBadge from 'c/xwStatusBadge';

function render(status: string | undefined): HTMLElement & { status?: string } {
  const element = createElement('c-xw-status-badge', { is: XwStatusBadge }) as HTMLElement & {
    status?: string;
  };
  element.status = status;
  document.body.appendChild(element);
  return element;
}

describe('c-xw-status-badge', () => {
  afterEach(() => {
    while (document.body.firstChild) {
      document.body.removeChild(document.body.firstChild);
    }
  });

  it('shows a failing connection in the error theme', async () => {
    const element = render('Failing');
    const badge = element.shadowRoot?.querySelector('span.slds-badge');
    expect(badge?.className).toContain('slds-theme_error');
    expect(badge?.textContent).toContain('Failing');
    await expect(element).toBeAccessible();
  });

  it('spells out the status for screen readers', () => {
    const element = render('Verified');
    const assistive = element.shadowRoot?.querySelector('.slds-assistive-text');
    expect(assistive?.textContent).toBe('Status: Verified');
  });

  it('falls back to Unknown for a status it does not know', () => {
    const element = render('Exploded');
    const badge = element.shadowRoot?.querySelector('span.slds-badge');
    expect(badge?.className).toContain('slds-badge_lightest');
    expect(badge?.textContent).toContain('Unknown');
  });
});
