import XwConflicts from 'c/xwConflicts';
import listConflicts from '@salesforce/apex/XwConflictsController.listConflicts';
import resolveConflict from '@salesforce/apex/XwConflictsController.resolveConflict';
import {
  apexError,
  cleanup,
  deferred,
  find,
  findAll,
  fire,
  flushPromises,
  listen,
  mount
} from '../../__tests__/helpers';
import CONFLICTS from './data/listConflicts.json';

jest.mock('@salesforce/apex/XwConflictsController.listConflicts', () => ({ default: jest.fn() }), {
  virtual: true
});
jest.mock(
  '@salesforce/apex/XwConflictsController.resolveConflict',
  () => ({ default: jest.fn() }),
  { virtual: true }
);

const mockList = listConflicts as unknown as jest.Mock;
const mockResolve = resolveConflict as unknown as jest.Mock;
const ACME = 'a01000000000001AAA';

async function render(canManage = true): Promise<HTMLElement> {
  const element = mount('c-xw-conflicts', XwConflicts, { connectionId: ACME, canManage });
  await flushPromises();
  return element;
}

describe('c-xw-conflicts', () => {
  afterEach(cleanup);

  it('lists open conflicts and compares the first', async () => {
    mockList.mockResolvedValue(CONFLICTS);
    const element = await render();
    expect(mockList).toHaveBeenCalledWith({ connectionId: ACME });
    expect(findAll(element, 'button.select-conflict')).toHaveLength(2);
    expect(find(element, 'c-xw-conflict-compare').conflict).toEqual(CONFLICTS[0]);
    await expect(element).toBeAccessible();
  });

  it('drops a slower answer for the connection left behind', async () => {
    const slow = deferred<unknown[]>();
    mockList.mockReturnValueOnce(slow.promise).mockResolvedValueOnce([CONFLICTS[1]]);
    const element = await render();
    (element as HTMLElement & { connectionId: string }).connectionId = 'a01000000000002AAA';
    await flushPromises();
    slow.resolve(CONFLICTS);
    await flushPromises();
    expect(findAll(element, 'button.select-conflict')).toHaveLength(1);
    expect(find(element, 'c-xw-conflict-compare').conflict).toEqual(CONFLICTS[1]);
  });

  it('switches to the conflict picked', async () => {
    mockList.mockResolvedValue(CONFLICTS);
    const element = await render();
    findAll(element, 'button.select-conflict')[1].click();
    await flushPromises();
    expect(find(element, 'c-xw-conflict-compare').conflict).toEqual(CONFLICTS[1]);
  });

  it('applies the sides picked and reloads', async () => {
    mockList.mockResolvedValueOnce(CONFLICTS).mockResolvedValue(CONFLICTS.slice(1));
    mockResolve.mockResolvedValue(undefined);
    const element = await render();
    const toasts = listen(element, 'lightning__showtoast');

    fire(find(element, 'c-xw-conflict-compare'), 'resolve', {
      conflictId: CONFLICTS[0].Id,
      sidePerField: { Phone: 'Remote', Industry: 'Salesforce' }
    });
    await flushPromises();

    expect(mockResolve).toHaveBeenCalledWith({
      conflictId: CONFLICTS[0].Id,
      sidePerField: { Phone: 'Remote', Industry: 'Salesforce' }
    });
    expect(toasts).toHaveLength(1);
    expect(find(element, 'c-xw-conflict-compare').conflict).toEqual(CONFLICTS[1]);
  });

  it('shows a refused resolution, the empty state and read-only mode', async () => {
    mockList.mockResolvedValue(CONFLICTS);
    mockResolve.mockRejectedValue(apexError('This conflict is no longer open.'));
    const element = await render(false);
    expect(find(element, 'c-xw-conflict-compare').disabled).toBe(true);
    fire(find(element, 'c-xw-conflict-compare'), 'resolve', {
      conflictId: CONFLICTS[0].Id,
      sidePerField: {}
    });
    await flushPromises();
    expect(find(element, 'c-xw-error-panel').message).toBe('This conflict is no longer open.');
    cleanup();

    mockList.mockResolvedValue([]);
    const empty = await render();
    expect(find(empty, 'c-xw-empty-state')).toBeTruthy();
    await expect(empty).toBeAccessible();

    mockList.mockRejectedValue(apexError('No access'));
    (empty as HTMLElement & { connectionId: string }).connectionId = 'a01000000000002AAA';
    await flushPromises();
    expect(find(empty, 'c-xw-error-panel').message).toBe('No access');
  });
});
