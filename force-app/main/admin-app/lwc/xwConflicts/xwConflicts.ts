import { ShowToastEvent } from 'lightning/platformShowToastEvent';
import listConflicts from '@salesforce/apex/XwConflictsController.listConflicts';
import resolveConflict from '@salesforce/apex/XwConflictsController.resolveConflict';
import XwConnectionSection from 'c/xwConnectionSection';
import { LABELS } from 'c/xwLabels';
import { format, reduceErrors, splitList, type ResolveDetail, type XwConflict } from 'c/xwModel';

interface ConflictItem {
  id: string;
  name: string;
  detail: string;
  fields: string;
  detectedAt?: string;
  itemClass: string;
  current: string | undefined;
}

/** Conflicts section: open conflicts, and the chosen one side by side to resolve per field. */
export default class XwConflicts extends XwConnectionSection {
  labels = LABELS;
  conflicts: XwConflict[] = [];
  selectedId: string | undefined;
  loading = false;
  loadError: string | undefined;
  applying = false;

  protected override connectionChanged(): void {
    this.load();
  }

  async load(): Promise<void> {
    const ticket = this.nextLoad();
    this.loading = true;
    this.loadError = undefined;
    try {
      const conflicts = await listConflicts({ connectionId: this.currentConnectionId });
      if (!this.isLatest(ticket)) return;
      this.conflicts = conflicts ?? [];
      if (!this.conflicts.some((c) => c.Id === this.selectedId)) {
        this.selectedId = this.conflicts[0]?.Id;
      }
    } catch (error) {
      if (this.isLatest(ticket)) this.loadError = reduceErrors(error);
    } finally {
      if (this.isLatest(ticket)) this.loading = false;
    }
  }

  get items(): ConflictItem[] {
    return this.conflicts.map((conflict) => {
      const selected = conflict.Id === this.selectedId;
      return {
        id: conflict.Id,
        name: `${conflict.ObjectMapping__r?.SalesforceObject__c ?? ''} ${conflict.RecordId__c ?? ''}`,
        detail: `${conflict.Name ?? ''} · ${conflict.Connection__r?.Name ?? ''}`,
        fields: format(LABELS.conflictFields, splitList(conflict.ConflictingFields__c).length),
        detectedAt: conflict.DetectedAt__c,
        itemClass: selected ? 'slds-nav-vertical__item slds-is-active' : 'slds-nav-vertical__item',
        current: selected ? 'page' : undefined
      };
    });
  }

  get hasConflicts(): boolean {
    return this.conflicts.length > 0;
  }

  get showEmpty(): boolean {
    return !this.loading && !this.loadError && this.conflicts.length === 0;
  }

  get selectedConflict(): XwConflict | undefined {
    return this.conflicts.find((c) => c.Id === this.selectedId);
  }

  get compareDisabled(): boolean {
    return !this.canManage;
  }

  handleSelect(event: Event): void {
    this.selectedId = (event.currentTarget as HTMLElement).dataset.id;
  }

  async handleResolve(event: CustomEvent<ResolveDetail>): Promise<void> {
    this.applying = true;
    this.loadError = undefined;
    try {
      await resolveConflict({
        conflictId: event.detail.conflictId,
        sidePerField: event.detail.sidePerField
      });
      this.dispatchEvent(
        new ShowToastEvent({ title: LABELS.conflictResolved, variant: 'success' })
      );
      await this.load();
    } catch (error) {
      this.loadError = reduceErrors(error);
    } finally {
      this.applying = false;
    }
  }
}
