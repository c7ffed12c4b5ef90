import XwRelationEditor from 'c/xwRelationEditor';
import { cleanup, find, findAll, fire, listen, mount } from '../../__tests__/helpers';
import MAPPING from '../../xwMappingsEditor/__tests__/data/getMapping.json';
import MAPPINGS from '../../xwMappingsEditor/__tests__/data/listMappings.json';
import CONTACT from '../../xwMappingsEditor/__tests__/data/describeSalesforceObject.json';
import REMOTE from '../../xwMappingsEditor/__tests__/data/describeRemote.json';

function render(props: Record<string, unknown> = {}): HTMLElement {
  return mount('c-xw-relation-editor', XwRelationEditor, {
    relations: MAPPING.relations,
    salesforceFields: CONTACT.fields,
    remoteFields: REMOTE[1].fields,
    parentMappings: MAPPINGS.slice(0, 1),
    problems: [],
    ...props
  });
}

describe('c-xw-relation-editor', () => {
  afterEach(cleanup);

  it('offers lookups, remote fields and parent mappings', async () => {
    const element = render();
    const lookup = find(element, 'lightning-combobox[data-key="LookupField__c"]');
    expect(lookup.value).toBe('AccountId');
    expect(lookup.options).toEqual([
      { value: 'AccountId', label: 'Account ID (AccountId) → Account' }
    ]);
    expect(find(element, '[data-key="ParentObjectMapping__c"]').options).toEqual([
      { value: 'a02000000000001AAA', label: 'Account ↔ Company' }
    ]);
    await expect(element).toBeAccessible();
  });

  it('edits, adds and removes relations', () => {
    const element = render();
    const seen = listen<{ relations: Record<string, unknown>[] }>(element, 'relationschange');
    fire(find(element, '[data-key="RemoteReferenceField__c"]'), 'change', { value: 'id' });
    find(element, 'lightning-button.add').click();
    find(element, 'lightning-button-icon.remove').click();
    expect(seen[0].relations[0]).toMatchObject({ RemoteReferenceField__c: 'id' });
    expect(seen[1].relations).toHaveLength(2);
    expect(seen[2].relations).toEqual([]);
  });

  it('shows the problems of each relation under it', async () => {
    const problem = {
      path: 'relationMappings[0].ParentObjectMapping__c',
      message: 'The parent object mapping is required.',
      severity: 'error'
    };
    const element = render({ problems: [problem], remoteFields: [] });
    expect(find(element, 'c-xw-problem-list').problems).toEqual([problem]);
    expect(find(element, 'lightning-input[data-key="RemoteReferenceField__c"]')).toBeTruthy();
    await expect(element).toBeAccessible();
  });

  it('says lookups are not synced without relations', () => {
    const element = render({ relations: [] });
    expect(find(element, '.empty')).toBeTruthy();
    expect(findAll(element, '.relation')).toHaveLength(0);
  });
});
