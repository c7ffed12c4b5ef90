import XwStatTile from 'c/xwStatTile';
import { cleanup, find, mount } from '../../__tests__/helpers';

describe('c-xw-stat-tile', () => {
  afterEach(cleanup);

  it('shows a label, a value and its context', async () => {
    const element = mount('c-xw-stat-tile', XwStatTile, {
      label: 'API calls today',
      value: '3,120',
      detail: 'of 5,000 budget'
    });
    expect(find(element, '.slds-text-heading_large').textContent).toBe('3,120');
    expect(find(element, '.slds-text-heading_large').className).not.toContain('error');
    await expect(element).toBeAccessible();
  });

  it('colours an alarming value', () => {
    const element = mount('c-xw-stat-tile', XwStatTile, {
      label: 'Errors',
      value: '7',
      variant: 'error'
    });
    expect(find(element, '.slds-text-heading_large').className).toContain('slds-text-color_error');
  });
});
