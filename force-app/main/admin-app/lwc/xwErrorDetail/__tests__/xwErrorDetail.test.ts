import XwErrorDetail from 'c/xwErrorDetail';
import { LABELS } from 'c/xwLabels';
import { cleanup, find, listen, mount } from '../../__tests__/helpers';
import ERRORS from '../../xwErrors/__tests__/data/listErrors.json';

describe('c-xw-error-detail', () => {
  afterEach(cleanup);

  it('shows the whole message, the suggested action and the context', async () => {
    const element = mount('c-xw-error-detail', XwErrorDetail, { error: ERRORS[0] });
    expect(find(element, '.message').textContent).toBe(ERRORS[0].Message__c);
    expect(find(element, '.suggested').textContent).toContain(ERRORS[0].SuggestedAction__c);
    expect(find(element, 'dl').textContent).toContain(LABELS.optCatInvalidField);
    expect(find(element, 'dl').textContent).toContain(LABELS.optFromRemote);
    await expect(element).toBeAccessible();
  });

  it('raises retry, discard and close', () => {
    const element = mount('c-xw-error-detail', XwErrorDetail, { error: ERRORS[1] });
    const actions = listen(element, 'erroraction');
    const closed = listen(element, 'close');
    find(element, 'lightning-button.retry').click();
    find(element, 'lightning-button.discard').click();
    find(element, 'lightning-button-icon.close').click();
    expect(actions).toEqual([
      { action: 'retry', id: ERRORS[1].Id },
      { action: 'discard', id: ERRORS[1].Id }
    ]);
    expect(closed).toHaveLength(1);
  });

  it('disables the actions of a discarded error', () => {
    const element = mount('c-xw-error-detail', XwErrorDetail, {
      error: { ...ERRORS[0], Status__c: 'Discarded' }
    });
    expect(find(element, 'lightning-button.retry').disabled).toBe(true);
  });
});
