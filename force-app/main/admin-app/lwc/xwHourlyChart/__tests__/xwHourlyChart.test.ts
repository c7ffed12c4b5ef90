import XwHourlyChart from 'c/xwHourlyChart';
import { cleanup, find, findAll, mount } from '../../__tests__/helpers';
import HEALTH from '../../xwMonitor/__tests__/data/getHealth.json';

describe('c-xw-hourly-chart', () => {
  afterEach(cleanup);

  it('draws a synced and a failed bar for each hour with a text alternative', async () => {
    const element = mount('c-xw-hourly-chart', XwHourlyChart, { buckets: HEALTH.lastDay });
    expect(findAll(element, 'rect.xw-chart__synced')).toHaveLength(24);
    expect(findAll(element, 'rect.xw-chart__failed')).toHaveLength(24);
    expect(findAll(element, 'line.xw-chart__gridline')).toHaveLength(5);
    expect(find(element, 'svg').getAttribute('role')).toBe('img');
    expect(find(element, 'svg').getAttribute('aria-label')).toBeTruthy();
    expect(findAll(element, 'table tbody tr')).toHaveLength(24);
    await expect(element).toBeAccessible();
  });

  it('draws again when the buckets change', async () => {
    const element = mount('c-xw-hourly-chart', XwHourlyChart, { buckets: HEALTH.lastDay });
    (element as HTMLElement & { buckets: unknown }).buckets = HEALTH.lastDay.slice(0, 6);
    await Promise.resolve();
    expect(findAll(element, 'rect.xw-chart__synced')).toHaveLength(6);
    (element as HTMLElement & { buckets: unknown }).buckets = [];
    await Promise.resolve();
    expect(element.shadowRoot?.querySelector('svg')).toBeNull();
    expect(find(element, 'c-xw-empty-state')).toBeTruthy();
  });

  it('says there was no traffic instead of drawing an empty chart', async () => {
    const quiet = HEALTH.lastDay.map((b) => ({ ...b, synced: 0, failed: 0 }));
    const element = mount('c-xw-hourly-chart', XwHourlyChart, { buckets: quiet });
    expect(element.shadowRoot?.querySelector('svg')).toBeNull();
    expect(find(element, 'c-xw-empty-state')).toBeTruthy();
    await expect(element).toBeAccessible();
  });
});
