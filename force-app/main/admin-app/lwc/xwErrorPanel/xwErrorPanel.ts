import { LightningElement, api } from 'lwc';
import { LABELS } from 'c/xwLabels';

/** A failure the admin must read: announced to screen readers as an alert. */
export default class XwErrorPanel extends LightningElement {
  @api message: string | undefined;
  @api heading: string | undefined;

  get headingText(): string {
    return this.heading ?? LABELS.errorTitle;
  }
}
