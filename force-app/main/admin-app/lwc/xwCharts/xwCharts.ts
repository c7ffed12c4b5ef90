// Arithmetic of the Monitor screen: initial-sync progress with its ETA, shares of a limit used,
// durations in words, and the geometry of the hourly synced/failed bar chart (an SVG drawn by the
// component, no library).
import { LABELS } from 'c/xwLabels';
import { format, type HourView, type XwSyncRun } from 'c/xwModel';

export interface Progress {
  percent: number;
  processed: number;
  total: number;
  failed: number;
  running: boolean;
  /** Seconds left at the pace so far; undefined until the pace is known. */
  etaSeconds?: number;
}

/**
 * Progress of an initial-sync run at `now`: the share processed and the time left, from the
 * run's own EstimatedFinishAt__c when it has one, else at the pace so far.
 */
export function progressOf(run: XwSyncRun, now: number = Date.now()): Progress {
  const total = run.TotalRecords__c ?? 0;
  const processed = Math.min(run.ProcessedRecords__c ?? 0, total > 0 ? total : Infinity);
  const running = run.Status__c === 'Running';
  const percent =
    total > 0 ? Math.round((processed / total) * 100) : run.Status__c === 'Completed' ? 100 : 0;
  const progress: Progress = {
    percent,
    processed,
    total,
    failed: run.FailedCount__c ?? 0,
    running
  };
  const estimated = run.EstimatedFinishAt__c ? Date.parse(run.EstimatedFinishAt__c) : NaN;
  const started = run.StartedAt__c ? Date.parse(run.StartedAt__c) : NaN;
  if (running && !Number.isNaN(estimated)) {
    progress.etaSeconds = Math.max(0, Math.round((estimated - now) / 1000));
  } else if (running && processed > 0 && total > processed && !Number.isNaN(started)) {
    const elapsedSeconds = Math.max(0, (now - started) / 1000);
    progress.etaSeconds = Math.round((elapsedSeconds / processed) * (total - processed));
  }
  return progress;
}

/** How much of `max` is used, in whole percent up to 100; 0 when either is unknown. */
export function percentOf(used: number | undefined, max: number | undefined): number {
  if (used === undefined || !max || max <= 0) return 0;
  return Math.min(100, Math.round((used / max) * 100));
}

/** "2 h 5 min", "14 min" or "40 s". */
export function formatDuration(seconds: number): string {
  const whole = Math.max(0, Math.round(seconds));
  if (whole >= 3600) {
    return format(LABELS.durationHours, Math.floor(whole / 3600), Math.floor((whole % 3600) / 60));
  }
  if (whole >= 60) return format(LABELS.durationMinutes, Math.round(whole / 60));
  return format(LABELS.durationSeconds, whole);
}

export interface Bar {
  key: string;
  hour: string;
  synced: number;
  failed: number;
  x: number;
  width: number;
  syncedY: number;
  syncedHeight: number;
  failedY: number;
  failedHeight: number;
  title: string;
}

export interface Tick {
  key: string;
  y: number;
  label: string;
}

export interface AxisLabel {
  key: string;
  x: number;
  label: string;
}

export interface ChartGeometry {
  width: number;
  height: number;
  plotTop: number;
  plotBottom: number;
  plotLeft: number;
  plotRight: number;
  bars: Bar[];
  ticks: Tick[];
  hours: AxisLabel[];
  totalSynced: number;
  totalFailed: number;
  busiestHour?: string;
  busiestCount: number;
}

export interface ChartSize {
  width: number;
  height: number;
}

const MARGIN = { top: 12, right: 12, bottom: 28, left: 44 };

/** A round axis maximum at or above `value`: 1, 2, 5, 10, 20, 50, ... */
export function niceMax(value: number): number {
  if (value <= 0) return 1;
  const magnitude = 10 ** Math.floor(Math.log10(value));
  for (const step of [1, 2, 5, 10]) {
    if (step * magnitude >= value) return step * magnitude;
  }
  return 10 * magnitude;
}

/** "14:00" in the given time zone. */
export function hourLabel(iso: string, locale: string, timeZone: string): string {
  return new Intl.DateTimeFormat(locale, {
    hour: '2-digit',
    minute: '2-digit',
    hour12: false,
    timeZone
  }).format(new Date(iso));
}

/**
 * Stacked bars per hour (synced below, failed on top), four horizontal grid lines and an hour
 * label every sixth bar, all in SVG user units.
 */
export function hourlyChart(
  buckets: readonly HourView[],
  size: ChartSize,
  locale: string,
  timeZone: string
): ChartGeometry {
  const sorted = [...buckets].sort((a, b) => Date.parse(a.hour) - Date.parse(b.hour));
  const plotLeft = MARGIN.left;
  const plotRight = size.width - MARGIN.right;
  const plotTop = MARGIN.top;
  const plotBottom = size.height - MARGIN.bottom;
  const plotHeight = plotBottom - plotTop;
  const max = niceMax(Math.max(0, ...sorted.map((b) => (b.synced ?? 0) + (b.failed ?? 0))));
  const slot = sorted.length > 0 ? (plotRight - plotLeft) / sorted.length : 0;
  const scale = (count: number): number => (count / max) * plotHeight;
  let busiestCount = 0;
  let busiestHour: string | undefined;
  const bars = sorted.map((bucket, index) => {
    const synced = bucket.synced ?? 0;
    const failed = bucket.failed ?? 0;
    const label = hourLabel(bucket.hour, locale, timeZone);
    if (synced + failed > busiestCount) {
      busiestCount = synced + failed;
      busiestHour = label;
    }
    const syncedHeight = scale(synced);
    const failedHeight = scale(failed);
    return {
      key: bucket.hour,
      hour: label,
      synced,
      failed,
      x: round(plotLeft + index * slot + slot * 0.15),
      width: round(slot * 0.7),
      syncedY: round(plotBottom - syncedHeight),
      syncedHeight: round(syncedHeight),
      failedY: round(plotBottom - syncedHeight - failedHeight),
      failedHeight: round(failedHeight),
      title: `${label}: ${synced} ${LABELS.chartSynced.toLowerCase()}, ${failed} ${LABELS.chartFailed.toLowerCase()}`
    };
  });
  const ticks = [0, 1, 2, 3, 4].map((step) => ({
    key: `tick-${step}`,
    y: round(plotBottom - (plotHeight * step) / 4),
    label: String(Math.round((max * step) / 4))
  }));
  const hours = bars
    .map((bar, index) => ({ bar, index }))
    .filter(({ index }) => index % 6 === 0)
    .map(({ bar, index }) => ({
      key: `hour-${bar.key}`,
      x: round(plotLeft + index * slot + slot / 2),
      label: bar.hour
    }));
  return {
    width: size.width,
    height: size.height,
    plotTop,
    plotBottom,
    plotLeft,
    plotRight,
    bars,
    ticks,
    hours,
    totalSynced: sorted.reduce((sum, b) => sum + (b.synced ?? 0), 0),
    totalFailed: sorted.reduce((sum, b) => sum + (b.failed ?? 0), 0),
    busiestHour,
    busiestCount
  };
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}
