import { ShowToastEvent } from 'lightning/platformShowToastEvent';
import getHealth from '@salesforce/apex/XwMonitorController.getHealth';
import listInitialSyncs from '@salesforce/apex/XwMonitorController.listInitialSyncs';
import startInitialSync from '@salesforce/apex/XwMonitorController.startInitialSync';
import listMappings from '@salesforce/apex/XwMappingsController.listMappings';
import XwConnectionSection from 'c/xwConnectionSection';
import { percentOf } from 'c/xwCharts';
import { LABELS } from 'c/xwLabels';
import {
  format,
  formatNumber,
  objectMappingOptions,
  reduceErrors,
  type HealthView,
  type Option,
  type XwObjectMapping,
  type XwSyncRun
} from 'c/xwModel';

/** How often running initial syncs are polled, in milliseconds. */
const POLL_MS = 5000;

interface LimitRow {
  key: string;
  name: string;
  used: string;
  max: string;
  percent: number;
}

/**
 * Monitor section: the connection's health figures, the org limits, the initial-sync runs with
 * progress and ETA (polled while one runs) and the hourly synced/failed chart.
 */
export default class XwMonitor extends XwConnectionSection {
  labels = LABELS;
  health: HealthView | undefined;
  runs: XwSyncRun[] = [];
  mappings: XwObjectMapping[] = [];
  selectedMappingId: string | undefined;
  loading = false;
  loadError: string | undefined;
  startError: string | undefined;
  starting = false;
  now = Date.now();
  private timer: ReturnType<typeof setTimeout> | undefined;

  protected override connectionChanged(): void {
    this.load();
  }

  override disconnectedCallback(): void {
    this.stopPolling();
  }

  async load(): Promise<void> {
    const connectionId = this.currentConnectionId;
    this.stopPolling();
    if (!connectionId) return;
    const ticket = this.nextLoad();
    this.loading = true;
    this.loadError = undefined;
    try {
      const [health, runs, mappings] = await Promise.all([
        getHealth({ connectionId }),
        listInitialSyncs({ connectionId }),
        listMappings({ connectionId })
      ]);
      if (!this.isLatest(ticket)) return;
      this.health = health ?? undefined;
      this.mappings = mappings ?? [];
      // A mapping picked for another connection is not one of this connection's.
      if (!this.mappings.some((m) => m.Id === this.selectedMappingId)) {
        this.selectedMappingId = this.mappings[0]?.Id;
      }
      this.setRuns(runs);
    } catch (error) {
      if (this.isLatest(ticket)) this.loadError = reduceErrors(error);
    } finally {
      if (this.isLatest(ticket)) this.loading = false;
    }
  }

  private setRuns(runs: XwSyncRun[] | undefined): void {
    this.runs = runs ?? [];
    this.now = Date.now();
    if (this.runs.some((run) => run.Status__c === 'Running')) this.schedulePoll();
  }

  private schedulePoll(): void {
    this.stopPolling();
    // Polling is the point: the initial sync runs as a batch job and reports through its row.
    // eslint-disable-next-line @lwc/lwc/no-async-operation
    this.timer = setTimeout(() => this.poll(), POLL_MS);
  }

  private stopPolling(): void {
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = undefined;
  }

  async poll(): Promise<void> {
    this.timer = undefined;
    const connectionId = this.currentConnectionId;
    if (!connectionId) return;
    // A poll refreshes the current load's runs: it must not cancel that load's answer.
    const ticket = this.currentLoad();
    try {
      const runs = await listInitialSyncs({ connectionId });
      if (this.isLatest(ticket)) this.setRuns(runs);
    } catch (error) {
      if (this.isLatest(ticket)) this.loadError = reduceErrors(error);
    }
  }

  get hasHealth(): boolean {
    return this.health !== undefined;
  }

  get successRate(): string {
    return format(LABELS.metricPercent, formatNumber(this.health?.successRate, 1));
  }

  get latency(): string {
    return format(LABELS.metricMs, formatNumber(this.health?.averageLatencyMs));
  }

  get recordsPerHour(): string {
    return formatNumber(this.health?.recordsPerHour);
  }

  get errors(): string {
    return formatNumber(this.health?.errorsLast24h);
  }

  get errorsVariant(): string {
    return (this.health?.errorsLast24h ?? 0) > 0 ? 'error' : 'default';
  }

  get apiCalls(): string {
    return formatNumber(this.health?.apiCallsToday);
  }

  get apiBudgetText(): string {
    const budget = this.health?.dailyApiBudget;
    return budget ? format(LABELS.metricApiBudget, formatNumber(budget)) : LABELS.metricNoBudget;
  }

  get apiBudgetPercent(): number {
    return percentOf(this.health?.apiCallsToday ?? 0, this.health?.dailyApiBudget);
  }

  get hasBudget(): boolean {
    return (this.health?.dailyApiBudget ?? 0) > 0;
  }

  get limitRows(): LimitRow[] {
    return (this.health?.orgLimits ?? []).map((limit) => ({
      key: limit.name,
      name: limit.name,
      used: formatNumber(limit.used),
      max: formatNumber(limit.max),
      percent: percentOf(limit.used, limit.max)
    }));
  }

  get hasLimits(): boolean {
    return this.limitRows.length > 0;
  }

  get hasRuns(): boolean {
    return this.runs.length > 0;
  }

  get mappingOptions(): Option[] {
    return objectMappingOptions(this.mappings);
  }

  get startDisabled(): boolean {
    return !this.canManage || this.starting || !this.selectedMappingId;
  }

  handleMappingPick(event: CustomEvent<{ value?: string }>): void {
    this.selectedMappingId = event.detail.value;
  }

  async handleStart(): Promise<void> {
    const objectMappingId = this.selectedMappingId;
    const connectionId = this.currentConnectionId;
    if (!objectMappingId || !connectionId) return;
    const ticket = this.currentLoad();
    this.starting = true;
    this.startError = undefined;
    try {
      await startInitialSync({ objectMappingId });
      this.dispatchEvent(
        new ShowToastEvent({ title: LABELS.initialSyncStarted, variant: 'success' })
      );
      const runs = await listInitialSyncs({ connectionId });
      // The runs of a connection the admin left meanwhile are not this one's.
      if (this.isLatest(ticket)) this.setRuns(runs);
    } catch (error) {
      this.startError = reduceErrors(error);
    } finally {
      this.starting = false;
    }
  }
}
