import { formatDuration, hourLabel, hourlyChart, niceMax, percentOf, progressOf } from 'c/xwCharts';
import type { XwSyncRun } from 'c/xwModel';
import HEALTH from '../../xwMonitor/__tests__/data/getHealth.json';
import RUNS from '../../xwMonitor/__tests__/data/listInitialSyncs.json';

jest.mock('@salesforce/label/c.XwDurationHours', () => ({ default: '{0} h {1} min' }), {
  virtual: true
});
jest.mock('@salesforce/label/c.XwDurationMinutes', () => ({ default: '{0} min' }), {
  virtual: true
});
jest.mock('@salesforce/label/c.XwDurationSeconds', () => ({ default: '{0} s' }), {
  virtual: true
});

const NOW = Date.parse('2025-06-01T10:00:00.000Z');

describe('xwCharts', () => {
  it('computes progress and the time left at the pace so far', () => {
    const running = progressOf(RUNS[0] as XwSyncRun, NOW);
    expect(running).toMatchObject({ percent: 38, processed: 18000, total: 48000, failed: 50 });
    // 600 s for 18,000 records: 30,000 left take 1,000 s.
    expect(running.etaSeconds).toBe(1000);
    expect(progressOf(RUNS[1] as XwSyncRun, NOW)).toMatchObject({ percent: 100, running: false });
    expect(progressOf(RUNS[1] as XwSyncRun, NOW).etaSeconds).toBeUndefined();
  });

  it('prefers the ETA the run reports', () => {
    const run = { ...RUNS[0], EstimatedFinishAt__c: '2025-06-01T10:05:00.000Z' } as XwSyncRun;
    expect(progressOf(run, NOW).etaSeconds).toBe(300);
    expect(progressOf(run, Date.parse('2025-06-01T11:00:00.000Z')).etaSeconds).toBe(0);
  });

  it('handles runs without totals or start', () => {
    expect(progressOf({ Id: 'x', Status__c: 'Completed' }).percent).toBe(100);
    expect(progressOf({ Id: 'x', Status__c: 'Running' }).percent).toBe(0);
    expect(
      progressOf({ Id: 'x', Status__c: 'Running', TotalRecords__c: 10, ProcessedRecords__c: 50 })
        .percent
    ).toBe(100);
  });

  it('says how much of a limit is used, up to 100 %', () => {
    expect(percentOf(3100, 5000)).toBe(62);
    expect(percentOf(7000, 5000)).toBe(100);
    expect(percentOf(0, 5000)).toBe(0);
    expect(percentOf(10, 0)).toBe(0);
    expect(percentOf(10, undefined)).toBe(0);
    expect(percentOf(undefined, 5000)).toBe(0);
  });

  it('says durations in hours, minutes or seconds', () => {
    expect(formatDuration(7500)).toBe('2 h 5 min');
    expect(formatDuration(1000)).toBe('17 min');
    expect(formatDuration(40.4)).toBe('40 s');
    expect(formatDuration(-5)).toBe('0 s');
  });

  it('rounds the axis up to 1, 2 or 5 times a power of ten', () => {
    expect(niceMax(0)).toBe(1);
    expect(niceMax(7)).toBe(10);
    expect(niceMax(120)).toBe(200);
    expect(niceMax(420)).toBe(500);
    expect(niceMax(1000)).toBe(1000);
  });

  it('lays out one stacked bar per hour with grid lines and hour labels', () => {
    const chart = hourlyChart(HEALTH.lastDay, { width: 720, height: 220 }, 'en-US', 'UTC');
    expect(chart.bars).toHaveLength(24);
    expect(chart.ticks).toHaveLength(5);
    expect(chart.hours).toHaveLength(4);
    expect(chart.hours[0].label).toBe('11:00');
    const first = chart.bars[0];
    expect(first.failedY + first.failedHeight).toBeCloseTo(first.syncedY, 0);
    expect(first.syncedY + first.syncedHeight).toBeCloseTo(chart.plotBottom, 0);
    expect(chart.totalSynced).toBe(HEALTH.lastDay.reduce((sum, b) => sum + b.synced, 0));
    expect(chart.busiestCount).toBeGreaterThan(0);
    expect(chart.busiestCount).toBe(Math.max(...HEALTH.lastDay.map((b) => b.synced + b.failed)));
    expect(chart.busiestHour).toBe('14:00');
    expect(chart.hours.map((h) => h.label)).toEqual(['11:00', '17:00', '23:00', '05:00']);
  });

  it('sorts buckets by hour and survives no data', () => {
    const reversed = [...HEALTH.lastDay].reverse();
    const chart = hourlyChart(reversed, { width: 720, height: 220 }, 'en-US', 'UTC');
    expect(chart.bars[0].hour).toBe('11:00');
    const empty = hourlyChart([], { width: 720, height: 220 }, 'en-US', 'UTC');
    expect(empty.bars).toEqual([]);
    expect(empty.busiestHour).toBeUndefined();
    expect(hourLabel('2025-06-01T13:00:00.000Z', 'en-US', 'Europe/Prague')).toBe('15:00');
  });
});
