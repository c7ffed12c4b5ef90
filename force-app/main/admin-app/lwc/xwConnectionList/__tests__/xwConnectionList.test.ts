import XwConnectionList from 'c/xwConnectionList';
import { LABELS } from 'c/xwLabels';
import { cleanup, find, findAll, listen, mount } from '../../__tests__/helpers';
import CONNECTIONS from '../../xwAdminShell/__tests__/data/listConnections.json';

function render(props: Record<string, unknown> = {}): HTMLElement {
  return mount('c-xw-connection-list', XwConnectionList, {
    connections: CONNECTIONS,
    selectedId: 'a01000000000001AAA',
    canManage: true,
    ...props
  });
}

describe('c-xw-connection-list', () => {
  afterEach(cleanup);

  it('shows status, remote, frequency, objects, errors and last sync per connection', async () => {
    const element = render();
    const rows = findAll(element, 'tbody tr');
    expect(rows).toHaveLength(3);
    expect(rows[0].className).toContain('slds-is-selected');
    expect(rows[0].textContent).toContain('Acme ERP 4.2');
    expect(rows[0].textContent).toContain(LABELS.optRealTime);
    expect(find(element, 'c-xw-status-badge').status).toBe('Verified');
    const cells = rows[2].querySelectorAll('td');
    expect(cells[3].textContent).toBe('0');
    expect(cells[4].querySelector('.slds-text-color_error')?.textContent).toBe('42');
    expect(rows[2].textContent).toContain(LABELS.inactive);
    expect(rows[1].textContent).toContain(LABELS.neverSynced);
    await expect(element).toBeAccessible();
  });

  it('shows the newest run as last sync for a connection the remote pushes to', () => {
    const element = render();
    const rows = findAll(element, 'tbody tr');
    const lastSync = (row: HTMLElement): unknown =>
      (row.querySelector('lightning-formatted-date-time') as { value?: unknown } | null)?.value;
    // Webshop only receives (FromRemote): it never delivered, but its inbound runs finished.
    expect(CONNECTIONS[2]?.record.LastSyncAt__c).toBeUndefined();
    expect(lastSync(rows[2] as HTMLElement)).toBe('2025-06-01T09:40:00.000Z');
    expect(lastSync(rows[0] as HTMLElement)).toBe('2025-06-01T09:58:00.000Z');
    expect(rows[1]?.querySelector('lightning-formatted-date-time')).toBeNull();
  });

  it('offers Resume for a paused connection and Pause for the others', () => {
    const element = render();
    const rows = findAll(element, 'tbody tr');
    expect(rows[0].querySelector('button.pause')).not.toBeNull();
    expect(rows[1].querySelector('button.resume')).not.toBeNull();
    expect(rows[1].querySelector('button.pause')).toBeNull();
  });

  it('raises one event per action with the connection id', () => {
    const element = render();
    const seen = listen(element, 'connectionaction');
    const row = findAll(element, 'tbody tr')[1];
    for (const name of ['name', 'verify', 'resume', 'syncnow', 'edit']) {
      (row.querySelector(`button.${name}`) as HTMLButtonElement).click();
    }
    expect(seen).toEqual(
      ['select', 'verify', 'resume', 'syncnow', 'edit'].map((action) => ({
        action,
        id: 'a01000000000002AAA'
      }))
    );
  });

  it('disables the buttons of a busy row and for users without XwManageSync', () => {
    const busy = render({ busyId: 'a01000000000001AAA' });
    const rows = findAll(busy, 'tbody tr');
    expect((rows[0].querySelector('button.verify') as HTMLButtonElement).disabled).toBe(true);
    expect((rows[1].querySelector('button.verify') as HTMLButtonElement).disabled).toBe(false);
    cleanup();

    const readOnly = render({ canManage: false });
    expect(findAll<HTMLButtonElement>(readOnly, 'button.syncnow').every((b) => b.disabled)).toBe(
      true
    );
    expect(findAll<HTMLButtonElement>(readOnly, 'button.name').every((b) => !b.disabled)).toBe(
      true
    );
  });
});
