import XwErrors from 'c/xwErrors';
import listErrors from '@salesforce/apex/XwErrorsController.listErrors';
import retryErrors from '@salesforce/apex/XwErrorsController.retryErrors';
import discardErrors from '@salesforce/apex/XwErrorsController.discardErrors';
import { LABELS } from 'c/xwLabels';
import {
  apexError,
  cleanup,
  deferred,
  find,
  fire,
  flushPromises,
  listen,
  mount
} from '../../__tests__/helpers';
import ERRORS from './data/listErrors.json';

jest.mock('@salesforce/apex/XwErrorsController.listErrors', () => ({ default: jest.fn() }), {
  virtual: true
});
jest.mock('@salesforce/apex/XwErrorsController.retryErrors', () => ({ default: jest.fn() }), {
  virtual: true
});
jest.mock('@salesforce/apex/XwErrorsController.discardErrors', () => ({ default: jest.fn() }), {
  virtual: true
});

const mockList = listErrors as unknown as jest.Mock;
const mockRetry = retryErrors as unknown as jest.Mock;
const mockDiscard = discardErrors as unknown as jest.Mock;

const ACME = 'a01000000000001AAA';

interface Row {
  Id: string;
  message: string;
  category: string;
}

async function render(canManage = true): Promise<HTMLElement> {
  const element = mount('c-xw-errors', XwErrors, { connectionId: ACME, canManage });
  await flushPromises();
  return element;
}

function table(element: HTMLElement): HTMLElement & { data: Row[] } {
  return find(element, 'lightning-datatable') as HTMLElement & { data: Row[] };
}

describe('c-xw-errors', () => {
  beforeEach(() => mockList.mockResolvedValue(ERRORS));
  afterEach(cleanup);

  it('drops a slower answer for the connection left behind', async () => {
    const slow = deferred<unknown[]>();
    mockList.mockReturnValueOnce(slow.promise).mockResolvedValueOnce([ERRORS[2]]);
    const element = await render();
    (element as HTMLElement & { connectionId: string }).connectionId = 'a01000000000002AAA';
    await flushPromises();
    slow.resolve(ERRORS);
    await flushPromises();
    expect(table(element).data.map((row) => row.Id)).toEqual([ERRORS[2]?.Id]);
  });

  it('lists the open errors of the connection with the suggested action', async () => {
    const element = await render();
    expect(mockList).toHaveBeenCalledWith({ connectionId: ACME, status: 'Open', category: '' });
    const rows = table(element).data;
    expect(rows).toHaveLength(3);
    expect(rows[0]).toMatchObject({
      objectName: 'Contact',
      fieldName: 'Birthdate',
      category: LABELS.optCatInvalidField,
      suggestedAction: 'Fix the mapping: add a Date format transform to Birthdate.'
    });
    await expect(element).toBeAccessible();
  });

  it('filters by status and category on the server and by text on screen', async () => {
    const element = await render();
    fire(find(element, 'lightning-combobox.status-filter'), 'change', { value: '' });
    await flushPromises();
    fire(find(element, 'lightning-combobox.category-filter'), 'change', { value: 'RateLimit' });
    await flushPromises();
    expect(mockList).toHaveBeenLastCalledWith({
      connectionId: ACME,
      status: '',
      category: 'RateLimit'
    });

    fire(find(element, 'lightning-input.search'), 'change', { value: 'LOCKED' });
    await flushPromises();
    expect(table(element).data.map((r) => r.Id)).toEqual(['a07000000000003AAA']);
  });

  it('retries and discards the selected errors in bulk', async () => {
    mockRetry.mockResolvedValue(2);
    mockDiscard.mockResolvedValue(1);
    const element = await render();
    const toasts = listen(element, 'lightning__showtoast');
    expect(find(element, 'lightning-button.retry-selected').disabled).toBe(true);

    fire(table(element), 'rowselection', { selectedRows: table(element).data.slice(0, 2) });
    await flushPromises();
    expect(find(element, 'lightning-button.retry-selected').disabled).toBe(false);
    find(element, 'lightning-button.retry-selected').click();
    await flushPromises();
    expect(mockRetry).toHaveBeenCalledWith({
      syncErrorIds: ['a07000000000001AAA', 'a07000000000002AAA']
    });

    fire(table(element), 'rowselection', { selectedRows: [table(element).data[2]] });
    await flushPromises();
    find(element, 'lightning-button.discard-selected').click();
    await flushPromises();
    expect(mockDiscard).toHaveBeenCalledWith({ syncErrorIds: ['a07000000000003AAA'] });
    expect(toasts).toHaveLength(2);
    expect(mockList).toHaveBeenCalledTimes(3);
  });

  it('acts on one row and opens its detail', async () => {
    mockRetry.mockResolvedValue(1);
    mockDiscard.mockResolvedValue(1);
    const element = await render();
    const first = table(element).data[0];

    fire(table(element), 'rowaction', { action: { name: 'retry' }, row: first });
    await flushPromises();
    expect(mockRetry).toHaveBeenCalledWith({ syncErrorIds: [first.Id] });

    fire(table(element), 'rowaction', { action: { name: 'details' }, row: first });
    await flushPromises();
    const detail = find(element, 'c-xw-error-detail');
    expect(detail.error).toEqual(ERRORS[0]);
    await expect(element).toBeAccessible();

    fire(detail, 'erroraction', { action: 'discard', id: first.Id });
    await flushPromises();
    expect(mockDiscard).toHaveBeenCalledWith({ syncErrorIds: [first.Id] });

    fire(find(element, 'c-xw-error-detail'), 'close');
    await flushPromises();
    expect(element.shadowRoot?.querySelector('c-xw-error-detail')).toBeNull();
  });

  it('does nothing for users without XwManageSync', async () => {
    const element = await render(false);
    fire(table(element), 'rowaction', { action: { name: 'discard' }, row: table(element).data[0] });
    await flushPromises();
    expect(mockDiscard).not.toHaveBeenCalled();
  });

  it('shows failures and the empty state', async () => {
    mockRetry.mockRejectedValue(apexError('You need the Crosswalk Manage Sync permission.'));
    const element = await render();
    fire(table(element), 'rowaction', { action: { name: 'retry' }, row: table(element).data[0] });
    await flushPromises();
    expect(find(element, 'c-xw-error-panel').message).toBe(
      'You need the Crosswalk Manage Sync permission.'
    );
    cleanup();

    mockList.mockResolvedValue([]);
    const empty = await render();
    expect(find(empty, 'c-xw-empty-state')).toBeTruthy();
    expect(empty.shadowRoot?.querySelector('lightning-datatable')).toBeNull();
    await expect(empty).toBeAccessible();

    mockList.mockRejectedValue(apexError('No access'));
    (empty as HTMLElement & { connectionId: string }).connectionId = 'a01000000000002AAA';
    await flushPromises();
    expect(find(empty, 'c-xw-error-panel').message).toBe('No access');
  });
});
