import { LightningElement, api } from 'lwc';

/** The statuses a Crosswalk connection or sync run can be in. */
export type SyncStatus = 'New' | 'Verified' | 'Failing' | 'Paused' | 'Disabled';

const THEMES: Record<SyncStatus, string> = {
  New: 'slds-badge',
  Verified: 'slds-badge slds-theme_success',
  Failing: 'slds-badge slds-theme_error',
  Paused: 'slds-badge slds-theme_warning',
  Disabled: 'slds-badge slds-badge_inverse'
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

  get label(): string {
    return this.knownStatus ?? 'Unknown';
  }

  get assistiveText(): string {
    return `Status: ${this.label}`;
  }
}
