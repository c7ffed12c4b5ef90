import XwMonitor from 'c/xwMonitor';
import getHealth from '@salesforce/apex/XwMonitorController.getHealth';
import listInitialSyncs from '@salesforce/apex/XwMonitorController.listInitialSyncs';
import startInitialSync from '@salesforce/apex/XwMonitorController.startInitialSync';
import listMappings from '@salesforce/apex/XwMappingsController.listMappings';
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
import HEALTH from './data/getHealth.json';
import RUNS from './data/listInitialSyncs.json';
import MAPPINGS from '../../xwMappingsEditor/__tests__/data/listMappings.json';

jest.mock('@salesforce/apex/XwMonitorController.getHealth', () => ({ default: jest.fn() }), {
  virtual: true
});
jest.mock('@salesforce/apex/XwMonitorController.listInitialSyncs', () => ({ default: jest.fn() }), {
  virtual: true
});
jest.mock('@salesforce/apex/XwMonitorController.startInitialSync', () => ({ default: jest.fn() }), {
  virtual: true
});
jest.mock('@salesforce/apex/XwMappingsController.listMappings', () => ({ default: jest.fn() }), {
  virtual: true
});
jest.mock('@salesforce/label/c.XwMetricPercent', () => ({ default: '{0} %' }), { virtual: true });

const mockHealth = getHealth as unknown as jest.Mock;
const mockRuns = listInitialSyncs as unknown as jest.Mock;
const mockStart = startInitialSync as unknown as jest.Mock;
const mockMappings = listMappings as unknown as jest.Mock;

const ACME = 'a01000000000001AAA';
const COMPLETED = [RUNS[1]];

async function render(canManage = true): Promise<HTMLElement> {
  const element = mount('c-xw-monitor', XwMonitor, { connectionId: ACME, canManage });
  await flushPromises();
  return element;
}

describe('c-xw-monitor', () => {
  beforeEach(() => {
    mockHealth.mockResolvedValue(HEALTH);
    mockMappings.mockResolvedValue(MAPPINGS);
  });
  afterEach(() => {
    cleanup();
    jest.useRealTimers();
  });

  it('shows the health figures, org limits, chart and initial syncs', async () => {
    mockRuns.mockResolvedValue(COMPLETED);
    const element = await render();

    expect(mockHealth).toHaveBeenCalledWith({ connectionId: ACME });
    expect(mockRuns).toHaveBeenCalledWith({ connectionId: ACME });
    const tiles = findAll(element, 'c-xw-stat-tile');
    expect(tiles).toHaveLength(5);
    expect(tiles[0].value).toBe('98.6 %');
    expect(tiles[3].variant).toBe('error');
    expect(find(element, 'lightning-progress-bar.api-budget').value).toBe(62);
    expect(findAll(element, 'table.limits tbody tr')).toHaveLength(3);
    expect(find(element, 'c-xw-hourly-chart').buckets).toEqual(HEALTH.lastDay);
    expect(find(element, 'c-xw-sync-progress').run).toEqual(RUNS[1]);
    expect(find(element, 'lightning-combobox.initial-sync-mapping').value).toBe(
      'a02000000000001AAA'
    );
    await expect(element).toBeAccessible();
  });

  it('polls while an initial sync runs and stops when it is done', async () => {
    jest.useFakeTimers();
    mockRuns.mockResolvedValueOnce(RUNS).mockResolvedValueOnce(RUNS).mockResolvedValue(COMPLETED);
    await render();
    expect(mockRuns).toHaveBeenCalledTimes(1);

    jest.advanceTimersByTime(5000);
    await flushPromises();
    expect(mockRuns).toHaveBeenCalledTimes(2);

    jest.advanceTimersByTime(5000);
    await flushPromises();
    expect(mockRuns).toHaveBeenCalledTimes(3);

    jest.advanceTimersByTime(20000);
    await flushPromises();
    expect(mockRuns).toHaveBeenCalledTimes(3);
  });

  it('stops polling when it leaves the page', async () => {
    jest.useFakeTimers();
    mockRuns.mockResolvedValue(RUNS);
    await render();
    cleanup();
    jest.advanceTimersByTime(15000);
    await flushPromises();
    expect(mockRuns).not.toHaveBeenCalled();
  });

  it('starts an initial sync of the mapping picked', async () => {
    mockRuns.mockResolvedValue(COMPLETED);
    mockStart.mockResolvedValue('a06000000000009AAA');
    const element = await render();
    const toasts = listen(element, 'lightning__showtoast');

    fire(find(element, 'lightning-combobox.initial-sync-mapping'), 'change', {
      value: 'a02000000000002AAA'
    });
    await flushPromises();
    find(element, 'lightning-button.start-initial-sync').click();
    await flushPromises();

    expect(mockStart).toHaveBeenCalledWith({ objectMappingId: 'a02000000000002AAA' });
    expect(toasts).toHaveLength(1);
    expect(mockRuns).toHaveBeenCalledTimes(2);
  });

  it('shows a refused start and disables it without XwManageSync', async () => {
    mockRuns.mockResolvedValue([]);
    mockStart.mockRejectedValue(apexError('Already running'));
    const element = await render();
    find(element, 'lightning-button.start-initial-sync').click();
    await flushPromises();
    expect(find(element, 'section c-xw-error-panel').message).toBe('Already running');
    expect(find(element, 'section c-xw-empty-state')).toBeTruthy();
    cleanup();

    mockHealth.mockResolvedValue(HEALTH);
    mockMappings.mockResolvedValue(MAPPINGS);
    const readOnly = await render(false);
    expect(find(readOnly, 'lightning-button.start-initial-sync').disabled).toBe(true);
  });

  it('shows why health could not be read', async () => {
    mockHealth.mockRejectedValue(apexError('You do not have access to this Crosswalk data.'));
    mockRuns.mockResolvedValue([]);
    const element = await render();
    expect(find(element, 'c-xw-error-panel').message).toBe(
      'You do not have access to this Crosswalk data.'
    );
    expect(findAll(element, 'c-xw-stat-tile')).toHaveLength(0);
    await expect(element).toBeAccessible();
  });

  it('reports a failed poll and shows no budget when there is none', async () => {
    jest.useFakeTimers();
    mockHealth.mockResolvedValue({ ...HEALTH, dailyApiBudget: undefined, orgLimits: [] });
    mockRuns.mockResolvedValueOnce(RUNS).mockRejectedValue(apexError('Session expired'));
    const element = await render();
    expect(element.shadowRoot?.querySelector('lightning-progress-bar.api-budget')).toBeNull();
    jest.advanceTimersByTime(5000);
    await flushPromises();
    expect(find(element, 'c-xw-error-panel').message).toBe('Session expired');
  });

  it('drops a slower answer for the connection left behind', async () => {
    mockRuns.mockResolvedValue([]);
    const slow = deferred<unknown>();
    mockHealth.mockReturnValueOnce(slow.promise);
    const element = await render();
    const otherMapping = { ...MAPPINGS[0], Id: 'a02000000000009AAA', Name: 'Case ↔ Ticket' };
    mockMappings.mockResolvedValue([otherMapping]);
    (element as HTMLElement & { connectionId: string }).connectionId = 'a01000000000002AAA';
    await flushPromises();
    slow.resolve(HEALTH);
    await flushPromises();
    const picker = find(element, 'lightning-combobox.initial-sync-mapping');
    expect(picker.value).toBe('a02000000000009AAA');
    expect(picker.options).toHaveLength(1);
  });

  it('drops the runs a start reads for the connection left behind', async () => {
    mockRuns.mockResolvedValue([]);
    mockStart.mockResolvedValue('a06000000000009AAA');
    const element = await render();
    const slow = deferred<unknown[]>();
    mockRuns.mockReturnValueOnce(slow.promise);
    find(element, 'lightning-button.start-initial-sync').click();
    await flushPromises();
    (element as HTMLElement & { connectionId: string }).connectionId = 'a01000000000002AAA';
    await flushPromises();
    slow.resolve(RUNS);
    await flushPromises();
    expect(mockRuns).toHaveBeenLastCalledWith({ connectionId: 'a01000000000002AAA' });
    expect(element.shadowRoot?.querySelector('c-xw-sync-progress')).toBeNull();
  });

  it('keeps the answer of a load that the poll of a start overlaps', async () => {
    jest.useFakeTimers();
    mockRuns.mockResolvedValue(RUNS);
    mockStart.mockResolvedValue('a06000000000009AAA');
    const element = await render();
    const slow = deferred<unknown>();
    mockHealth.mockReturnValueOnce(slow.promise);
    const otherMapping = { ...MAPPINGS[0], Id: 'a02000000000009AAA', Name: 'Case ↔ Ticket' };
    mockMappings.mockResolvedValue([otherMapping]);
    (element as HTMLElement & { connectionId: string }).connectionId = 'a01000000000002AAA';
    await flushPromises();
    // Started while the load waits: the running sync is polled before the load answers.
    find(element, 'lightning-button.start-initial-sync').click();
    await flushPromises();
    jest.advanceTimersByTime(5000);
    await flushPromises();
    slow.resolve(HEALTH);
    await flushPromises();
    expect(find(element, 'lightning-combobox.initial-sync-mapping').options).toHaveLength(1);
    expect(element.shadowRoot?.querySelector('lightning-spinner')).toBeNull();
  });

  it('reloads for another connection', async () => {
    mockRuns.mockResolvedValue([]);
    const element = await render();
    fire(find(element, 'lightning-combobox.initial-sync-mapping'), 'change', {
      value: 'a02000000000002AAA'
    });
    const otherMapping = { ...MAPPINGS[0], Id: 'a02000000000009AAA', Name: 'Case ↔ Ticket' };
    mockMappings.mockResolvedValue([otherMapping]);
    (element as HTMLElement & { connectionId: string }).connectionId = 'a01000000000002AAA';
    await flushPromises();
    expect(mockHealth).toHaveBeenLastCalledWith({ connectionId: 'a01000000000002AAA' });
    // The mapping picked for the first connection is not offered for the second one.
    expect(find(element, 'lightning-combobox.initial-sync-mapping').value).toBe(
      'a02000000000009AAA'
    );
    find(element, 'lightning-button.start-initial-sync').click();
    await flushPromises();
    expect(mockStart).toHaveBeenLastCalledWith({ objectMappingId: 'a02000000000009AAA' });
  });
});
