import { rmSync } from 'node:fs';
import { defaultE2eDeps } from '../e2e/deps';
import { connectOrg } from '../e2e/org-client';

const mockRequest = jest.fn();
const mockRefreshAuth = jest.fn();
const mockCreate = jest.fn();

jest.mock('@salesforce/core', () => ({
  Org: { create: (options: unknown) => mockCreate(options) }
}));

beforeEach(() => {
  mockRequest.mockReset();
  mockRefreshAuth.mockReset();
  mockCreate.mockReset();
  mockCreate.mockResolvedValue({
    refreshAuth: mockRefreshAuth,
    getConnection: (version: string) => ({
      version,
      request: mockRequest,
      instanceUrl: 'https://b.my.salesforce.com',
      accessToken: '00D!token',
      getUsername: () => 'int@b.example.com'
    })
  });
});

describe('connectOrg', () => {
  it('sends JSON requests through the authorised @salesforce/core connection', async () => {
    mockRequest.mockResolvedValue({ totalSize: 0, done: true, records: [] });
    const client = await connectOrg('xw-b-integration', 'org B');
    await client.query('SELECT Id FROM Account');
    expect(mockCreate).toHaveBeenCalledWith({ aliasOrUsername: 'xw-b-integration' });
    expect(mockRequest).toHaveBeenCalledWith({
      method: 'GET',
      url: '/services/data/v65.0/query?q=SELECT%20Id%20FROM%20Account',
      body: undefined,
      headers: { 'Content-Type': 'application/json' }
    });
    mockRequest.mockResolvedValue([{ id: '001', success: true }]);
    await client.insert('Account', [{ Name: 'x' }]);
    expect(mockRequest.mock.calls[1]?.[0]).toMatchObject({
      method: 'POST',
      body: JSON.stringify({
        allOrNone: true,
        records: [{ attributes: { type: 'Account' }, Name: 'x' }]
      })
    });
  });

  it('refreshes the session before handing out its token', async () => {
    const client = await connectOrg('xw-b', 'org B');
    await expect(client.session()).resolves.toEqual({
      instanceUrl: 'https://b.my.salesforce.com',
      accessToken: '00D!token',
      username: 'int@b.example.com'
    });
    expect(mockRefreshAuth).toHaveBeenCalledTimes(1);
    mockRefreshAuth.mockRejectedValue(new Error('expired\nrefresh token'));
    await expect(client.session()).rejects.toThrow(
      'org B: cannot refresh the session: expired refresh token'
    );
  });

  it('turns an unknown alias into one readable line', async () => {
    mockCreate.mockRejectedValue(new Error('No authorization information found for nope.'));
    await expect(connectOrg('nope', 'org A')).rejects.toThrow(
      "org A: cannot connect as 'nope': No authorization information found for nope."
    );
  });
});

describe('defaultE2eDeps', () => {
  it('wires the real connection, sleep, temp folders and run ids', async () => {
    const controller = new AbortController();
    const deps = defaultE2eDeps(controller.signal);
    expect(deps.signal).toBe(controller.signal);
    expect(deps.runId()).toMatch(/^[0-9a-z]{9}$/);
    const dir = deps.tempDir();
    expect(dir).toContain('xw-e2e-');
    rmSync(dir, { recursive: true, force: true });
    await expect(deps.sleep(1)).resolves.toBeUndefined();
    expect(deps.connect).toBe(connectOrg);
  });
});
