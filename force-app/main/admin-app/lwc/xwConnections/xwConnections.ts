import { LightningElement, api } from 'lwc';
import { ShowToastEvent } from 'lightning/platformShowToastEvent';
import saveConnection from '@salesforce/apex/XwConnectionsController.saveConnection';
import verifyConnection from '@salesforce/apex/XwConnectionsController.verifyConnection';
import setPaused from '@salesforce/apex/XwConnectionsController.setPaused';
import syncNow from '@salesforce/apex/XwConnectionsController.syncNow';
import { LABELS } from 'c/xwLabels';
import {
  format,
  reduceErrors,
  type ConnectionActionDetail,
  type ConnectionRow,
  type ConnectionSaveDetail,
  type Problem,
  type VerifyResult,
  type XwConnection
} from 'c/xwModel';

/**
 * Connections section: the list with its row actions, the create/edit form and the outcome of
 * Verify. The shell owns the list (it reloads it on `connectionschanged`) and the selection
 * (`connectionselect`).
 */
export default class XwConnections extends LightningElement {
  @api connections: ConnectionRow[] | undefined;
  @api selectedId: string | undefined;
  @api canManage = false;

  labels = LABELS;
  showForm = false;
  editing: XwConnection | undefined;
  problems: Problem[] = [];
  saving = false;
  busyId: string | undefined;
  verifyResult: VerifyResult | undefined;
  verifiedName: string | undefined;
  actionError: string | undefined;

  get isEmpty(): boolean {
    return (this.connections ?? []).length === 0;
  }

  get newDisabled(): boolean {
    return !this.canManage;
  }

  private nameOf(id: string): string {
    return (this.connections ?? []).find((row) => row.record.Id === id)?.record.Name ?? '';
  }

  private toast(title: string, variant: 'success' | 'info' | 'warning' | 'error'): void {
    this.dispatchEvent(new ShowToastEvent({ title, variant }));
  }

  private changed(): void {
    this.dispatchEvent(new CustomEvent('connectionschanged'));
  }

  handleNew(): void {
    this.editing = undefined;
    this.problems = [];
    this.showForm = true;
  }

  handleCancel(): void {
    this.showForm = false;
    this.problems = [];
  }

  async handleSave(event: CustomEvent<ConnectionSaveDetail>): Promise<void> {
    this.saving = true;
    this.actionError = undefined;
    try {
      const connection = event.detail.connection;
      const result = await saveConnection({
        connection: { ...connection, sobjectType: 'XwConnection__c' }
      });
      if (result.success) {
        this.showForm = false;
        this.problems = [];
        this.toast(format(LABELS.connectionSaved, connection.Name ?? ''), 'success');
        this.changed();
        if (result.recordId) {
          this.dispatchEvent(
            new CustomEvent('connectionselect', { detail: { id: result.recordId } })
          );
        }
      } else {
        this.problems = result.problems;
      }
    } catch (error) {
      this.problems = [{ message: reduceErrors(error), severity: 'error' }];
    } finally {
      this.saving = false;
    }
  }

  async handleAction(event: CustomEvent<ConnectionActionDetail>): Promise<void> {
    const { action, id } = event.detail;
    if (action === 'select') {
      this.dispatchEvent(new CustomEvent('connectionselect', { detail: { id } }));
      return;
    }
    if (action === 'edit') {
      this.editing = (this.connections ?? []).find((row) => row.record.Id === id)?.record;
      this.problems = [];
      this.showForm = true;
      return;
    }
    const name = this.nameOf(id);
    this.busyId = id;
    this.actionError = undefined;
    try {
      if (action === 'verify') {
        this.verifyResult = undefined;
        this.verifyResult = await verifyConnection({ connectionId: id });
        this.verifiedName = name;
        this.changed();
      } else if (action === 'pause' || action === 'resume') {
        await setPaused({ connectionId: id, paused: action === 'pause' });
        this.toast(
          format(action === 'pause' ? LABELS.pausedToast : LABELS.resumedToast, name),
          action === 'pause' ? 'warning' : 'success'
        );
        this.changed();
      } else {
        const jobId = await syncNow({ connectionId: id });
        this.toast(
          format(jobId ? LABELS.syncStarted : LABELS.syncAlreadyRunning, name),
          jobId ? 'success' : 'info'
        );
      }
    } catch (error) {
      this.actionError = reduceErrors(error);
    } finally {
      this.busyId = undefined;
    }
  }
}
