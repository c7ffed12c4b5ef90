import XwConflictCompare from 'c/xwConflictCompare';
import { LABELS } from 'c/xwLabels';
import { cleanup, find, findAll, flushPromises, listen, mount } from '../../__tests__/helpers';
import CONFLICTS from '../../xwConflicts/__tests__/data/listConflicts.json';

function pick(element: HTMLElement, field: string, side: 'Salesforce' | 'Remote'): void {
  const input = find<HTMLInputElement>(element, `input[data-field="${field}"][value="${side}"]`);
  input.checked = true;
  input.dispatchEvent(new CustomEvent('change'));
}

describe('c-xw-conflict-compare', () => {
  afterEach(cleanup);

  it('shows both versions with the conflicting fields first', async () => {
    const element = mount('c-xw-conflict-compare', XwConflictCompare, { conflict: CONFLICTS[0] });
    const rows = findAll(element, 'tbody tr');
    expect(rows.map((r) => r.querySelector('th')?.textContent?.trim())).toEqual([
      'Phone',
      'Industry',
      'Name',
      'Website'
    ]);
    expect(rows[0].textContent).toContain('+1 415 555 0199');
    expect(rows[0].textContent).toContain('+1 415 555 0100');
    expect(rows[2].querySelector('input')).toBeNull();
    expect(find(element, 'lightning-button.apply').disabled).toBe(true);
    await expect(element).toBeAccessible();
  });

  it('resolves once every conflicting field has a side', async () => {
    const element = mount('c-xw-conflict-compare', XwConflictCompare, { conflict: CONFLICTS[0] });
    const resolved = listen(element, 'resolve');
    pick(element, 'Phone', 'Remote');
    await flushPromises();
    expect(find(element, 'lightning-button.apply').disabled).toBe(true);
    pick(element, 'Industry', 'Salesforce');
    await flushPromises();
    find(element, 'lightning-button.apply').click();
    expect(resolved).toEqual([
      {
        conflictId: CONFLICTS[0].Id,
        sidePerField: { Phone: 'Remote', Industry: 'Salesforce' }
      }
    ]);
  });

  it('picks one side for all fields at once and starts over for another conflict', async () => {
    const element = mount('c-xw-conflict-compare', XwConflictCompare, { conflict: CONFLICTS[1] });
    const resolved = listen<{ sidePerField: Record<string, string> }>(element, 'resolve');
    find(element, 'lightning-button.all-remote').click();
    await flushPromises();
    expect(findAll(element, 'tbody tr')[1].textContent).toContain(LABELS.conflictEmptyValue);
    find(element, 'lightning-button.apply').click();
    expect(resolved[0].sidePerField).toEqual({ Email: 'Remote', Title: 'Remote' });

    (element as HTMLElement & { conflict: unknown }).conflict = CONFLICTS[0];
    await flushPromises();
    expect(find(element, 'lightning-button.apply').disabled).toBe(true);
  });

  it('shows unreadable values as empty', () => {
    const element = mount('c-xw-conflict-compare', XwConflictCompare, {
      conflict: {
        Id: 'x',
        ConflictingFields__c: 'A',
        SalesforceValues__c: '[',
        RemoteValues__c: '[1]'
      }
    });
    expect(findAll(element, 'tbody tr')[0].textContent).toContain(LABELS.conflictEmptyValue);
  });
});
