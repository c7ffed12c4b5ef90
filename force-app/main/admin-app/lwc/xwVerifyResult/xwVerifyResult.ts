import { LightningElement, api } from 'lwc';
import { LABELS } from 'c/xwLabels';
import { format, formatNumber, type VerifyResult } from 'c/xwModel';

/** What Verify found: the remote's identity and latency, or the remote's exact failure. */
export default class XwVerifyResult extends LightningElement {
  @api result: VerifyResult | undefined;
  @api connectionName: string | undefined;

  labels = LABELS;

  get succeeded(): boolean {
    return this.result?.success === true;
  }

  get failed(): boolean {
    return this.result !== undefined && this.result.success !== true;
  }

  get heading(): string {
    return format(LABELS.verifyTitle, this.connectionName);
  }

  get successText(): string {
    return format(LABELS.verifySuccess, this.result?.remoteName ?? '—');
  }

  get detailText(): string {
    const result = this.result;
    return format(
      LABELS.verifyDetails,
      result?.version ?? '—',
      result?.userName ?? '—',
      formatNumber(result?.latencyMs),
      formatNumber(result?.objectCount)
    );
  }
}
