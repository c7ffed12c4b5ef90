import { LightningElement } from 'lwc';
import hasManageSync from '@salesforce/customPermission/XwManageSync';
import listConnections from '@salesforce/apex/XwConnectionsController.listConnections';
import { LABELS } from 'c/xwLabels';
import { reduceErrors, type ConnectionRow, type Option } from 'c/xwModel';

/**
 * The Crosswalk admin app (the XwAdmin tab): a connection picker and one tab per section. It
 * loads the connections once and reloads them when a section changes one; every section works on
 * the chosen connection. Changing actions are enabled only for holders of XwManageSync.
 */
export default class XwAdminShell extends LightningElement {
  labels = LABELS;
  canManage = Boolean(hasManageSync);
  connections: ConnectionRow[] = [];
  selectedId: string | undefined;
  loading = true;
  loadError: string | undefined;

  override connectedCallback(): void {
    this.load();
  }

  async load(): Promise<void> {
    this.loading = true;
    this.loadError = undefined;
    try {
      this.connections = (await listConnections()) ?? [];
      const stillThere = this.connections.some((row) => row.record.Id === this.selectedId);
      if (!stillThere) this.selectedId = this.connections[0]?.record.Id;
    } catch (error) {
      this.loadError = reduceErrors(error);
    } finally {
      this.loading = false;
    }
  }

  get connectionOptions(): Option[] {
    return this.connections.map((row) => ({
      value: row.record.Id ?? '',
      label: row.record.Name ?? ''
    }));
  }

  get hasSelection(): boolean {
    return this.selectedId !== undefined;
  }

  get selectedName(): string {
    return this.connections.find((row) => row.record.Id === this.selectedId)?.record.Name ?? '';
  }

  get readOnly(): boolean {
    return !this.canManage;
  }

  handlePick(event: CustomEvent<{ value?: string }>): void {
    this.selectedId = event.detail.value || undefined;
  }

  handleSelect(event: CustomEvent<{ id: string }>): void {
    this.selectedId = event.detail.id;
  }

  handleRefresh(): void {
    this.load();
  }

  handleChanged(): void {
    this.load();
  }
}
