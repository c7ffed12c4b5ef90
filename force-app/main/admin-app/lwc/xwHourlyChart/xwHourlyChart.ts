import { LightningElement, api } from 'lwc';
import LOCALE from '@salesforce/i18n/locale';
import TIME_ZONE from '@salesforce/i18n/timeZone';
import { LABELS } from 'c/xwLabels';
import { format, formatNumber, type HourView } from 'c/xwModel';
import { hourlyChart, type ChartGeometry } from 'c/xwCharts';

const SIZE = { width: 720, height: 220 };

interface HourRow {
  key: string;
  hour: string;
  synced: number;
  failed: number;
}

/**
 * Synced (green) and failed (red) records per hour over the last 24 hours, drawn as stacked
 * SVG bars; screen readers get a summary and the numbers as a table.
 */
export default class XwHourlyChart extends LightningElement {
  labels = LABELS;
  /** Laid out once per set of buckets: the template reads it many times per render. */
  geometry: ChartGeometry = hourlyChart([], SIZE, LOCALE, TIME_ZONE);
  private bucketList: HourView[] | undefined;

  @api
  get buckets(): HourView[] | undefined {
    return this.bucketList;
  }
  set buckets(value: HourView[] | undefined) {
    this.bucketList = value;
    this.geometry = hourlyChart(value ?? [], SIZE, LOCALE, TIME_ZONE);
  }

  get hasData(): boolean {
    const geometry = this.geometry;
    return geometry.totalSynced + geometry.totalFailed > 0;
  }

  get viewBox(): string {
    return `0 0 ${SIZE.width} ${SIZE.height}`;
  }

  get summary(): string {
    const geometry = this.geometry;
    return format(
      LABELS.chartSummary,
      formatNumber(geometry.totalSynced),
      formatNumber(geometry.totalFailed),
      geometry.busiestHour ?? '—',
      formatNumber(geometry.busiestCount)
    );
  }

  get axisX(): number {
    return this.geometry.plotLeft - 6;
  }

  get rows(): HourRow[] {
    return this.geometry.bars.map(({ key, hour, synced, failed }) => ({
      key,
      hour,
      synced,
      failed
    }));
  }
}
