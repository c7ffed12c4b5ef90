import { LightningElement, api } from 'lwc';
import { ShowToastEvent } from 'lightning/platformShowToastEvent';
import getSettings from '@salesforce/apex/XwSettingsController.getSettings';
import setSyncEnabled from '@salesforce/apex/XwSettingsController.setSyncEnabled';
import exportConfiguration from '@salesforce/apex/XwSettingsController.exportConfiguration';
import importConfiguration from '@salesforce/apex/XwSettingsController.importConfiguration';
import { LABELS } from 'c/xwLabels';
import { format, reduceErrors, type AdminResult, type SettingsView } from 'c/xwModel';

function readText(file: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result ?? ''));
    reader.onerror = () => reject(new Error(LABELS.importReadFailed));
    reader.readAsText(file);
  });
}

/**
 * Settings section: the org-wide kill switch, the export of the chosen connection's
 * configuration as a JSON download, and the import of such a file with its validation report.
 */
export default class XwSettings extends LightningElement {
  @api connectionId: string | undefined;
  @api connectionName: string | undefined;
  @api canManage = false;

  labels = LABELS;
  settings: SettingsView | undefined;
  loading = false;
  loadError: string | undefined;
  switching = false;
  exporting = false;
  exportError: string | undefined;
  fileName: string | undefined;
  fileText: string | undefined;
  importing = false;
  importError: string | undefined;
  importResult: AdminResult | undefined;

  override connectedCallback(): void {
    this.load();
  }

  async load(): Promise<void> {
    this.loading = true;
    this.loadError = undefined;
    try {
      this.settings = await getSettings();
    } catch (error) {
      this.loadError = reduceErrors(error);
    } finally {
      this.loading = false;
    }
  }

  get syncEnabled(): boolean {
    return this.settings?.syncEnabled === true;
  }

  get switchDisabled(): boolean {
    return !this.canManage || this.switching || !this.settings;
  }

  get exportDisabled(): boolean {
    return !this.connectionId || this.exporting;
  }

  get importDisabled(): boolean {
    return !this.canManage || this.importing || !this.fileText;
  }

  get chosenFile(): string | undefined {
    return this.fileName ? format(LABELS.importChosen, this.fileName) : undefined;
  }

  get importSucceeded(): boolean {
    return this.importResult?.success === true;
  }

  get importRefused(): boolean {
    return this.importResult !== undefined && this.importResult.success !== true;
  }

  get importProblems(): AdminResult['problems'] {
    return this.importResult?.problems ?? [];
  }

  async handleSwitch(event: CustomEvent<{ checked?: boolean }>): Promise<void> {
    const enabled = event.detail.checked === true;
    this.switching = true;
    this.loadError = undefined;
    try {
      this.settings = await setSyncEnabled({ enabled });
      this.dispatchEvent(
        new ShowToastEvent({
          title: enabled ? LABELS.killSwitchOn : LABELS.killSwitchOff,
          variant: enabled ? 'success' : 'warning'
        })
      );
    } catch (error) {
      this.loadError = reduceErrors(error);
    } finally {
      this.switching = false;
    }
  }

  async handleExport(): Promise<void> {
    const connectionId = this.connectionId;
    if (!connectionId) return;
    this.exporting = true;
    this.exportError = undefined;
    try {
      const json = await exportConfiguration({ connectionId });
      const link = this.template?.querySelector<HTMLAnchorElement>('a.download');
      if (link) {
        link.href = `data:application/json;charset=utf-8,${encodeURIComponent(json)}`;
        link.download = `${(this.connectionName ?? 'crosswalk').replace(/[^\w-]+/g, '-')}.json`;
        link.click();
      }
      this.dispatchEvent(
        new ShowToastEvent({
          title: format(LABELS.exportDone, this.connectionName ?? ''),
          variant: 'success'
        })
      );
    } catch (error) {
      this.exportError = reduceErrors(error);
    } finally {
      this.exporting = false;
    }
  }

  async handleFile(event: CustomEvent<{ files?: FileList | File[] }>): Promise<void> {
    const file = event.detail.files?.[0];
    this.importResult = undefined;
    this.importError = undefined;
    this.fileText = undefined;
    this.fileName = file?.name;
    if (!file) return;
    try {
      this.fileText = await readText(file);
    } catch (error) {
      this.importError = reduceErrors(error);
    }
  }

  async handleImport(): Promise<void> {
    const configurationJson = this.fileText;
    if (!configurationJson) return;
    this.importing = true;
    this.importError = undefined;
    try {
      this.importResult = await importConfiguration({ configurationJson });
      if (this.importResult.success) {
        this.dispatchEvent(new ShowToastEvent({ title: LABELS.importSuccess, variant: 'success' }));
        this.dispatchEvent(new CustomEvent('connectionschanged'));
      }
    } catch (error) {
      this.importError = reduceErrors(error);
    } finally {
      this.importing = false;
    }
  }
}
