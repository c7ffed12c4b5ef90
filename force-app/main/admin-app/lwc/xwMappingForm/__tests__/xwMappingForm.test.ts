import XwMappingForm from 'c/xwMappingForm';
import { cleanup, find, fire, flushPromises, listen, mount } from '../../__tests__/helpers';
import MAPPING from '../../xwMappingsEditor/__tests__/data/getMapping.json';
import OBJECTS from '../../xwMappingsEditor/__tests__/data/listSalesforceObjects.json';
import CONTACT from '../../xwMappingsEditor/__tests__/data/describeSalesforceObject.json';
import REMOTE from '../../xwMappingsEditor/__tests__/data/describeRemote.json';

interface Changed {
  changes: Record<string, unknown>;
}

function render(props: Record<string, unknown> = {}): HTMLElement {
  return mount('c-xw-mapping-form', XwMappingForm, {
    mapping: MAPPING.mapping,
    salesforceObjects: OBJECTS,
    remoteObjects: REMOTE,
    salesforceFields: CONTACT.fields,
    remoteFields: REMOTE[1].fields,
    problems: [],
    ...props
  });
}

describe('c-xw-mapping-form', () => {
  afterEach(cleanup);

  it('offers both describes and shows the mapping as saved', async () => {
    const element = render();
    expect(find(element, 'lightning-combobox.salesforce-object').options).toEqual(OBJECTS);
    expect(find(element, 'lightning-combobox.remote-object').value).toBe('Person');
    expect(find(element, 'lightning-combobox.external-id').options).toEqual([
      { value: 'XwExternalId__c', label: 'Crosswalk External ID (XwExternalId__c)' }
    ]);
    expect(find(element, 'lightning-dual-listbox.identifying').value).toEqual([
      'Email',
      'LastName'
    ]);
    expect(find(element, 'lightning-checkbox-group.operations-to').value).toEqual([
      'AllowCreateToRemote__c',
      'AllowUpdateToRemote__c'
    ]);
    expect(element.shadowRoot?.querySelector('lightning-input.id-prefix')).toBeNull();
    await expect(element).toBeAccessible();
  });

  it('raises the changes of every kind of input', async () => {
    const element = render();
    const seen = listen<Changed>(element, 'mappingchange');
    fire(find(element, 'lightning-combobox.sync-type'), 'change', { value: 'Export' });
    fire(find(element, 'lightning-input[data-key="SortOrder__c"]'), 'change', { value: '300' });
    fire(find(element, 'lightning-input[data-key="IsActive__c"]'), 'change', { checked: false });
    fire(find(element, 'lightning-checkbox-group.operations-from'), 'change', {
      value: ['AllowDeleteFromRemote__c']
    });
    fire(find(element, 'lightning-dual-listbox.identifying'), 'change', { value: ['Email'] });
    fire(find(element, 'lightning-textarea.filter'), 'change', { value: 'Email != null' });
    await flushPromises();
    expect(seen.map((e) => e.changes)).toEqual([
      { SyncType__c: 'Export' },
      { SortOrder__c: 300 },
      { IsActive__c: false },
      {
        AllowCreateFromRemote__c: false,
        AllowUpdateFromRemote__c: false,
        AllowDeleteFromRemote__c: true
      },
      { IdentifyingFields__c: 'Email' },
      { Filter__c: 'Email != null' }
    ]);
  });

  it('shows the ID prefix for prefix + counter and problems next to the filter', async () => {
    const element = render({
      mapping: { ...MAPPING.mapping, IdGeneration__c: 'PrefixCounter' },
      problems: [
        {
          path: 'Filter__c',
          field: 'Filter__c',
          message: 'Unknown column Emial',
          severity: 'error'
        },
        {
          path: 'ExternalIdField__c',
          field: 'ExternalIdField__c',
          message: 'Not unique',
          severity: 'error'
        }
      ]
    });
    expect(find(element, 'lightning-input.id-prefix')).toBeTruthy();
    expect(find(element, '.filter-problem').textContent?.trim()).toBe('Unknown column Emial');
    expect(find(element, 'c-xw-problem-list').problems).toEqual([]);
    await expect(element).toBeAccessible();
  });

  it('falls back to text inputs when the remote could not be described', () => {
    const element = render({ remoteObjects: [], remoteFields: [] });
    expect(find(element, 'lightning-input.remote-object').value).toBe('Person');
    expect(find(element, 'lightning-input[data-key="RemoteModifiedField__c"]').value).toBe(
      'updatedAt'
    );
  });
});
