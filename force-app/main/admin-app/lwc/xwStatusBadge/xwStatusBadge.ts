import { LightningElement, api } from 'lwc';
import { LABELS } from 'c/xwLabels';
import { format } from 'c/xwModel';

/** The statuses a Crosswalk connection can be in. */
export type SyncStatus = 'New' | 'Verified' | 'Failing' | 'Paused' | 'Disabled';

const THEMES: Record<SyncStatus, string> = {
  New: 'slds-badge',
  Verified: 'slds-badge slds-theme_success',
  Failing: 'slds-badge slds-theme_error',
  Paused: 'slds-badge slds-theme_warning',
  Disabled: 'slds-badge slds-badge_inverse'
};

const NAMES: Record<SyncStatus, string> = {
  New: LABELS.optStatusNew,
  Verified: LABELS.optStatusVerified,
  Failing: LABELS.optStatusFailing,
  Paused: LABELS.optStatusPaused,
  Disabled: LABELS.optStatusDisabled
};

/** A coloured badge for a connection status, with the status also spelled out for screen readers. */
export default class XwStatusBadge extends LightningElement {
  @api status: string | undefined;

  get knownStatus(): SyncStatus | undefined {
    return this.status && this.status in THEMES ? (this.status as SyncStatus) : undefined;
  }

  get badgeClass(): string {
    const known = this.knownStatus;
    return known ? THEMES[known] : 'slds-badge slds-badge_lightest';
  }

  get displayLabel(): string {
    const known = this.knownStatus;
    return known ? NAMES[known] : LABELS.statusUnknown;
  }

  get assistiveText(): string {
    return format(LABELS.statusAssistive, this.displayLabel);
  }
}
