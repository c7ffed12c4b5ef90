import XwEmptyState from 'c/xwEmptyState';
import { cleanup, find, mount } from '../../__tests__/helpers';

describe('c-xw-empty-state', () => {
  afterEach(cleanup);

  it('says there is nothing here', async () => {
    const element = mount('c-xw-empty-state', XwEmptyState, { message: 'No errors.' });
    expect(find(element, 'p').textContent).toBe('No errors.');
    await expect(element).toBeAccessible();
  });
});
