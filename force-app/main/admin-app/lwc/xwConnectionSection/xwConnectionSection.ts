import { LightningElement, api } from 'lwc';

/**
 * Base class of the admin app sections that show one connection's data (mappings, monitor,
 * errors, conflicts): it keeps the chosen connection and calls `connectionChanged()` when the
 * section is inserted and whenever the shell picks another connection.
 */
export default class XwConnectionSection extends LightningElement {
  /** Whether the user holds XwManageSync: changing actions are disabled otherwise. */
  @api canManage = false;

  protected currentConnectionId: string | undefined;

  /** Bumped by every load: an answer that is not the latest one is dropped (the admin moved on). */
  private loadTicket = 0;

  @api
  get connectionId(): string | undefined {
    return this.currentConnectionId;
  }
  set connectionId(value: string | undefined) {
    const changed = value !== this.currentConnectionId;
    this.currentConnectionId = value;
    if (changed && this.isConnected) this.connectionChanged();
  }

  override connectedCallback(): void {
    this.connectionChanged();
  }

  /** Starts a load; pass the ticket to isLatest() once its answer arrives. */
  protected nextLoad(): number {
    this.loadTicket += 1;
    return this.loadTicket;
  }

  /** The ticket of the load now current, for a refresh that must not cancel that load. */
  protected currentLoad(): number {
    return this.loadTicket;
  }

  /** False when another load started since: a slower answer for a connection left behind. */
  protected isLatest(ticket: number): boolean {
    return ticket === this.loadTicket;
  }

  /** Loads the section's data for the current connection (sections override it). */
  protected connectionChanged(): void {
    // Nothing to load in the base class.
  }
}
