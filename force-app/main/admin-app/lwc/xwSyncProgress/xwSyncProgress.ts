import { LightningElement, api } from 'lwc';
import { LABELS } from 'c/xwLabels';
import { format, formatNumber, type XwSyncRun } from 'c/xwModel';
import { formatDuration, progressOf, type Progress } from 'c/xwCharts';

const RUN_STATUS: Record<string, string> = {
  Running: LABELS.optRunRunning,
  Completed: LABELS.optRunCompleted,
  Failed: LABELS.optRunFailed,
  Aborted: LABELS.optRunAborted
};

/** One initial-sync run: a progress bar with counts and, while it runs, the time left. */
export default class XwSyncProgress extends LightningElement {
  @api run: XwSyncRun | undefined;
  /** The time the ETA is computed at (ms since epoch); the container refreshes it as it polls. */
  @api now: number | undefined;

  get progress(): Progress | undefined {
    return this.run ? progressOf(this.run, this.now ?? Date.now()) : undefined;
  }

  get runName(): string {
    return this.run?.ObjectMapping__r?.Name ?? this.run?.Name ?? '';
  }

  get percent(): number {
    return this.progress?.percent ?? 0;
  }

  get statusLabel(): string {
    const status = this.run?.Status__c ?? '';
    return RUN_STATUS[status] ?? status;
  }

  get badgeClass(): string {
    return this.run?.Status__c === 'Failed' || this.run?.Status__c === 'Aborted'
      ? 'slds-badge slds-theme_error'
      : this.run?.Status__c === 'Completed'
        ? 'slds-badge slds-theme_success'
        : 'slds-badge';
  }

  get counts(): string {
    const progress = this.progress;
    return (
      format(LABELS.metricPercent, this.percent) +
      ' · ' +
      format(
        LABELS.progressCounts,
        formatNumber(progress?.processed),
        formatNumber(progress?.total),
        formatNumber(progress?.failed)
      )
    );
  }

  get eta(): string | undefined {
    const seconds = this.progress?.etaSeconds;
    return seconds === undefined ? undefined : format(LABELS.progressEta, formatDuration(seconds));
  }
}
