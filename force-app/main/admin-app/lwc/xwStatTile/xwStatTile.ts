import { LightningElement, api } from 'lwc';

/** One health figure: a label, a big value and a line of context. */
export default class XwStatTile extends LightningElement {
  @api label: string | undefined;
  @api value: string | undefined;
  @api detail: string | undefined;
  /** 'error' colours the value red (e.g. errors in the last 24 hours). */
  @api variant: string | undefined;

  get valueClass(): string {
    return this.variant === 'error'
      ? 'slds-text-heading_large slds-text-color_error'
      : 'slds-text-heading_large';
  }
}
