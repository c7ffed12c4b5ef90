import XwConnectionForm from 'c/xwConnectionForm';
import {
  cleanup,
  find,
  findAll,
  fire,
  flushPromises,
  listen,
  mount
} from '../../__tests__/helpers';
import CONNECTIONS from '../../xwAdminShell/__tests__/data/listConnections.json';
import SAVE_PROBLEMS from '../../xwConnections/__tests__/data/saveConnection.json';

interface SaveDetail {
  connection: Record<string, unknown>;
}

describe('c-xw-connection-form', () => {
  afterEach(cleanup);

  it('starts a new connection with safe defaults', async () => {
    const element = mount('c-xw-connection-form', XwConnectionForm);
    const saved = listen<SaveDetail>(element, 'save');
    find(element, 'lightning-button.save').click();
    expect(saved[0].connection).toMatchObject({
      RemoteType__c: 'RestJson',
      Frequency__c: 'RealTime',
      BatchSize__c: 200,
      IsActive__c: false
    });
    await expect(element).toBeAccessible();
  });

  it('edits every kind of field and saves the edited record', async () => {
    const element = mount('c-xw-connection-form', XwConnectionForm, {
      record: CONNECTIONS[0].record
    });
    const saved = listen<SaveDetail>(element, 'save');

    fire(find(element, 'lightning-input[data-name="Name"]'), 'change', { value: 'Acme ERP EU' });
    fire(find(element, 'lightning-combobox[data-name="Frequency__c"]'), 'change', {
      value: 'Hourly'
    });
    fire(find(element, 'lightning-input[data-name="BatchSize__c"]'), 'change', { value: '50' });
    fire(find(element, 'lightning-input[data-name="DailyApiBudget__c"]'), 'change', { value: '' });
    fire(find(element, 'lightning-input[data-name="IsActive__c"]'), 'change', { checked: false });
    await flushPromises();
    find(element, 'lightning-button.save').click();

    expect(saved[0].connection).toMatchObject({
      Id: 'a01000000000001AAA',
      Name: 'Acme ERP EU',
      Frequency__c: 'Hourly',
      BatchSize__c: 50,
      DailyApiBudget__c: null,
      IsActive__c: false
    });
    expect(saved[0].connection.ApiCallsToday__c).toBeUndefined();
    expect(saved[0].connection.LastSyncAt__c).toBeUndefined();
    expect(saved[0].connection.ConfigKey__c).toBe('acme-erp');
  });

  it('shows each problem under its field', async () => {
    const element = mount('c-xw-connection-form', XwConnectionForm, {
      record: CONNECTIONS[0].record,
      problems: [
        ...SAVE_PROBLEMS.problems,
        { path: 'Name', message: 'A connection with this key exists.', severity: 'error' },
        { message: 'Something general', severity: 'error' }
      ]
    });
    await flushPromises();
    expect(findAll(element, '.problem').map((p) => p.textContent?.trim())).toEqual([
      'A connection with this key exists.',
      'Named Credential Acme ERP is not a valid API name.',
      'Batch size must be between 1 and 200.'
    ]);
    expect(find(element, 'c-xw-problem-list').problems).toEqual([
      { message: 'Something general', severity: 'error' }
    ]);
    await expect(element).toBeAccessible();
  });

  it('cancels', () => {
    const element = mount('c-xw-connection-form', XwConnectionForm);
    const cancelled = listen(element, 'cancel');
    find(element, 'lightning-button:not(.save)').click();
    expect(cancelled).toHaveLength(1);
  });
});
