import { LightningElement, api } from 'lwc';
import { LABELS } from 'c/xwLabels';
import {
  format,
  objectMappingOptions,
  type Option,
  type Problem,
  type RelationsChangeDetail,
  type RemoteFieldView,
  type SalesforceFieldInfo,
  type XwObjectMapping,
  type XwRelationMapping
} from 'c/xwModel';
import { routeProblems } from 'c/xwMappingRules';

interface RelationView {
  key: string;
  index: number;
  lookup: string;
  remoteReference: string;
  parent: string;
  removeLabel: string;
  problems: Problem[];
}

/**
 * Relation mappings: a lookup on the Salesforce side, the remote field holding the parent's
 * remote id, and the parent object mapping whose links resolve it. Raises `relationschange`.
 */
export default class XwRelationEditor extends LightningElement {
  @api relations: XwRelationMapping[] | undefined;
  @api salesforceFields: SalesforceFieldInfo[] | undefined;
  @api remoteFields: RemoteFieldView[] | undefined;
  @api parentMappings: XwObjectMapping[] | undefined;
  /** Problems whose path starts with relationMappings[i]. */
  @api problems: Problem[] | undefined;
  @api disabled = false;

  labels = LABELS;

  get lookupOptions(): Option[] {
    return (this.salesforceFields ?? [])
      .filter((f) => f.type === 'reference')
      .map((f) => ({
        value: f.name,
        label: `${f.label} (${f.name}) → ${f.referenceTo.join(', ')}`
      }));
  }

  get remoteOptions(): Option[] {
    return (this.remoteFields ?? []).map((f) => ({ value: f.name, label: f.label ?? f.name }));
  }

  get hasRemoteFields(): boolean {
    return (this.remoteFields ?? []).length > 0;
  }

  get parentOptions(): Option[] {
    return objectMappingOptions(this.parentMappings ?? []);
  }

  get isEmpty(): boolean {
    return (this.relations ?? []).length === 0;
  }

  get rows(): RelationView[] {
    const byRow = routeProblems(this.problems ?? []).relations;
    return (this.relations ?? []).map((relation, index) => ({
      key: relation.Id ?? `relation-${index}`,
      index,
      lookup: relation.LookupField__c ?? '',
      remoteReference: relation.RemoteReferenceField__c ?? '',
      parent: relation.ParentObjectMapping__c ?? '',
      removeLabel: format(LABELS.relationRemove, relation.LookupField__c || index + 1),
      problems: byRow.get(index) ?? []
    }));
  }

  private emit(relations: XwRelationMapping[]): void {
    this.dispatchEvent(
      new CustomEvent<RelationsChangeDetail>('relationschange', { detail: { relations } })
    );
  }

  handleChange(event: CustomEvent<{ value?: string }>): void {
    const target = event.target as HTMLElement;
    const index = Number(target.dataset.index);
    const key = target.dataset.key as keyof XwRelationMapping;
    this.emit(
      (this.relations ?? []).map((relation, i) => {
        return i === index ? { ...relation, [key]: event.detail.value ?? '' } : relation;
      })
    );
  }

  handleAdd(): void {
    this.emit([...(this.relations ?? []), {}]);
  }

  handleRemove(event: Event): void {
    const index = Number((event.currentTarget as HTMLElement).dataset.index);
    this.emit((this.relations ?? []).filter((_, i) => i !== index));
  }
}
