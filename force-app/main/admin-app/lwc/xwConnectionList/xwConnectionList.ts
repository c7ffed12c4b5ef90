import { LightningElement, api } from 'lwc';
import { LABELS } from 'c/xwLabels';
import {
  format,
  type ConnectionAction,
  type ConnectionActionDetail,
  type ConnectionRow
} from 'c/xwModel';
import { FREQUENCIES, REMOTE_TYPES, labelOf } from 'c/xwOptions';

interface RowView {
  id: string;
  name: string;
  status: string;
  remote: string;
  remoteDetail: string;
  frequency: string;
  objects: number;
  errors: number;
  errorsClass: string;
  lastSync?: string;
  inactive: boolean;
  paused: boolean;
  rowClass: string;
  actionsLabel: string;
  busy: boolean;
}

/**
 * The connections table: status, remote, frequency, objects under sync, errors in 24 hours and
 * last sync, with Verify, Pause/Resume, Sync now and Edit per row. It only raises
 * `connectionaction` events; the container calls Apex.
 */
export default class XwConnectionList extends LightningElement {
  @api connections: ConnectionRow[] | undefined;
  @api selectedId: string | undefined;
  @api canManage = false;
  /** The connection an action is running for: its buttons are disabled meanwhile. */
  @api busyId: string | undefined;

  labels = LABELS;

  get rows(): RowView[] {
    return (this.connections ?? []).map(
      ({ record, objectsUnderSync, errorsLast24h, lastSyncAt }) => {
        const id = record.Id ?? '';
        const remoteName = record.RemoteName__c
          ? `${record.RemoteName__c}${record.RemoteVersion__c ? ' ' + record.RemoteVersion__c : ''}`
          : labelOf(REMOTE_TYPES, record.RemoteType__c);
        return {
          id,
          name: record.Name ?? '',
          status: record.Status__c ?? 'New',
          remote: remoteName,
          remoteDetail: record.NamedCredential__c ?? '',
          frequency: labelOf(FREQUENCIES, record.Frequency__c),
          objects: objectsUnderSync ?? 0,
          errors: errorsLast24h ?? 0,
          errorsClass: (errorsLast24h ?? 0) > 0 ? 'slds-text-color_error' : '',
          lastSync: lastSyncAt,
          inactive: record.IsActive__c !== true,
          paused: record.Status__c === 'Paused',
          rowClass:
            id === this.selectedId ? 'slds-hint-parent slds-is-selected' : 'slds-hint-parent',
          actionsLabel: format(LABELS.actionsFor, record.Name ?? ''),
          busy: !this.canManage || id === this.busyId
        };
      }
    );
  }

  handleAction(event: Event): void {
    const target = event.currentTarget as HTMLElement;
    const action = target.dataset.action as ConnectionAction | undefined;
    const id = target.dataset.id;
    if (!action || !id) return;
    this.dispatchEvent(
      new CustomEvent<ConnectionActionDetail>('connectionaction', { detail: { action, id } })
    );
  }
}
