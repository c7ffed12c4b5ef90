import XwValueMapEditor from 'c/xwValueMapEditor';
import { cleanup, find, findAll, fire, listen, mount } from '../../__tests__/helpers';
import MAPPING from '../../xwMappingsEditor/__tests__/data/getMapping.json';

const VALUE_MAPS = MAPPING.fields[1].valueMaps;
const PICKLIST = ['Web', 'Phone Inquiry', 'Partner Referral', 'Other'];

interface Changed {
  valueMaps: Record<string, unknown>[];
}

function render(valueMaps = VALUE_MAPS): HTMLElement {
  return mount('c-xw-value-map-editor', XwValueMapEditor, { valueMaps, picklistValues: PICKLIST });
}

describe('c-xw-value-map-editor', () => {
  afterEach(cleanup);

  it('shows one pair per value', async () => {
    const element = render();
    expect(findAll(element, '.entry')).toHaveLength(2);
    expect(find(element, 'lightning-input[data-key="RemoteValue__c"]').value).toBe('WEBSITE');
    await expect(element).toBeAccessible();
  });

  it('edits, adds, removes and adds the missing picklist values', () => {
    const element = render();
    const seen = listen<Changed>(element, 'valuemapschange');
    fire(findAll(element, 'lightning-input[data-key="RemoteValue__c"]')[1], 'change', {
      value: 'PHONE'
    });
    find(element, 'lightning-button.add').click();
    findAll(element, 'lightning-button-icon.remove')[0].click();
    find(element, 'lightning-button.add-picklist').click();

    expect(seen[0].valueMaps[1]).toMatchObject({
      SalesforceValue__c: 'Phone Inquiry',
      RemoteValue__c: 'PHONE'
    });
    expect(seen[1].valueMaps).toHaveLength(3);
    expect(seen[2].valueMaps.map((v) => v.SalesforceValue__c)).toEqual(['Phone Inquiry']);
    expect(seen[3].valueMaps.map((v) => v.SalesforceValue__c)).toEqual([
      'Web',
      'Phone Inquiry',
      'Partner Referral',
      'Other'
    ]);
  });

  it('says values pass unchanged when there is no entry', async () => {
    const element = mount('c-xw-value-map-editor', XwValueMapEditor, { valueMaps: [] });
    expect(find(element, '.empty')).toBeTruthy();
    expect(element.shadowRoot?.querySelector('lightning-button.add-picklist')).toBeNull();
    await expect(element).toBeAccessible();
  });
});
