import XwErrorPanel from 'c/xwErrorPanel';
import { LABELS } from 'c/xwLabels';
import { cleanup, find, mount } from '../../__tests__/helpers';

describe('c-xw-error-panel', () => {
  afterEach(cleanup);

  it('announces the message as an alert with a default heading', async () => {
    const element = mount('c-xw-error-panel', XwErrorPanel, { message: 'Remote unreachable' });
    expect(find(element, '[role="alert"]')).toBeTruthy();
    expect(find(element, '.message').textContent).toBe('Remote unreachable');
    expect(find(element, '.slds-text-title_bold').textContent).toBe(LABELS.errorTitle);
    await expect(element).toBeAccessible();
  });

  it('takes its own heading', () => {
    const element = mount('c-xw-error-panel', XwErrorPanel, {
      message: 'x',
      heading: 'Verify failed'
    });
    expect(find(element, '.slds-text-title_bold').textContent).toBe('Verify failed');
  });
});
