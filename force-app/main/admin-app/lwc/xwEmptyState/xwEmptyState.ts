import { LightningElement, api } from 'lwc';

/** What a list shows when there is nothing in it. */
export default class XwEmptyState extends LightningElement {
  @api message: string | undefined;
}
