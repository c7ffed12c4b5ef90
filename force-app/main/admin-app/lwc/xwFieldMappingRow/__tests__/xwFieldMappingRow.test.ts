import XwFieldMappingRow from 'c/xwFieldMappingRow';
import { cleanup, find, fire, flushPromises, listen, mount } from '../../__tests__/helpers';
import MAPPING from '../../xwMappingsEditor/__tests__/data/getMapping.json';
import CONTACT from '../../xwMappingsEditor/__tests__/data/describeSalesforceObject.json';
import REMOTE from '../../xwMappingsEditor/__tests__/data/describeRemote.json';
import VALIDATION from '../../xwMappingsEditor/__tests__/data/validateMapping.json';

interface ChangeDetail {
  index: number;
  changes: Record<string, unknown>;
}

const PERSON_FIELDS = REMOTE[1].fields;

function render(rowIndex: number, props: Record<string, unknown> = {}): HTMLElement {
  const row = MAPPING.fields[rowIndex];
  return mount('c-xw-field-mapping-row', XwFieldMappingRow, {
    index: rowIndex,
    field: row.field,
    valueMaps: row.valueMaps,
    salesforceFields: CONTACT.fields,
    remoteFields: PERSON_FIELDS,
    problems: [],
    ...props
  });
}

describe('c-xw-field-mapping-row', () => {
  afterEach(cleanup);

  it('offers both describes and says when the types fit', async () => {
    const element = render(0);
    const salesforce = find(element, 'lightning-combobox.salesforce-field');
    expect(salesforce.value).toBe('LastName');
    expect((salesforce.options as unknown[]).length).toBe(CONTACT.fields.length);
    expect(find(element, 'lightning-combobox.remote-field').options).toContainEqual({
      value: 'surname',
      label: 'Surname (string)'
    });
    expect(find(element, '.hint').className).toContain('slds-text-color_success');
    expect(element.shadowRoot?.querySelector('c-xw-transform-editor')).toBeNull();
    await expect(element).toBeAccessible();
  });

  it('flags a type that does not fit and shows the row problems', async () => {
    const element = render(2, { problems: [VALIDATION.problems[0]] });
    expect(find(element, '.hint').className).toContain('slds-text-color_error');
    expect(find(element, 'div.xw-row').className).toContain('xw-row_error');
    expect(find(element, 'c-xw-problem-list').problems).toEqual([VALIDATION.problems[0]]);
    await expect(element).toBeAccessible();
  });

  it('shows the value map editor with the picklist values for a value map', async () => {
    const element = render(1);
    const editor = find(element, 'c-xw-value-map-editor');
    expect(editor.valueMaps).toEqual(MAPPING.fields[1].valueMaps);
    expect(editor.picklistValues).toEqual(['Web', 'Phone Inquiry', 'Partner Referral', 'Other']);
    expect(find(element, 'c-xw-transform-editor').transformType).toBe('ValueMap');
    await expect(element).toBeAccessible();
  });

  it('raises a change per edit with the row index', async () => {
    const element = render(3);
    const changes = listen<ChangeDetail>(element, 'rowchange');
    fire(find(element, 'lightning-combobox.salesforce-field'), 'change', { value: 'Email' });
    fire(find(element, 'lightning-combobox.remote-field'), 'change', { value: 'headcount' });
    fire(find(element, 'lightning-combobox.direction'), 'change', { value: 'ToRemote' });
    fire(find(element, 'lightning-combobox.transform'), 'change', { value: 'Truncate' });
    fire(find(element, 'lightning-input[data-key="IsSensitive__c"]'), 'change', { checked: true });
    fire(find(element, 'c-xw-transform-editor'), 'settingschange', { settings: '{"length":40}' });
    await flushPromises();

    expect(changes.map((c) => c.changes)).toEqual([
      { SalesforceField__c: 'Email' },
      { RemoteField__c: 'headcount', RemoteFieldType__c: 'Decimal' },
      { Direction__c: 'ToRemote' },
      { TransformType__c: 'Truncate', TransformSettings__c: '{}' },
      { IsSensitive__c: true },
      { TransformSettings__c: '{"length":40}' }
    ]);
    expect(changes.every((c) => c.index === 3)).toBe(true);
  });

  it('passes value map edits and the removal up with its index', () => {
    const element = render(1);
    const valueMaps = listen<{ index: number }>(element, 'rowvaluemaps');
    const removed = listen<{ index: number }>(element, 'rowremove');
    fire(find(element, 'c-xw-value-map-editor'), 'valuemapschange', { valueMaps: [] });
    find(element, 'lightning-button-icon.remove').click();
    expect(valueMaps).toEqual([{ index: 1, valueMaps: [] }]);
    expect(removed).toEqual([{ index: 1 }]);
  });

  it('falls back to text inputs without describes and keeps a remote field not described', async () => {
    const element = render(0, { salesforceFields: [], remoteFields: [] });
    expect(find(element, 'lightning-input.salesforce-field').value).toBe('LastName');
    expect(find(element, 'lightning-input.remote-field').value).toBe('surname');
    expect(element.shadowRoot?.querySelector('.hint')).toBeNull();
    const changes = listen<ChangeDetail>(element, 'rowchange');
    fire(find(element, 'lightning-input.remote-field'), 'change', { value: 'familyName' });
    expect(changes[0].changes).toEqual({ RemoteField__c: 'familyName', RemoteFieldType__c: '' });
    cleanup();

    const kept = render(0, { field: { ...MAPPING.fields[0].field, RemoteField__c: 'legacy' } });
    expect(find(kept, 'lightning-combobox.remote-field').options).toContainEqual({
      value: 'legacy',
      label: 'legacy'
    });
    await expect(kept).toBeAccessible();
  });
});
