import { runGate, summaryTable } from '../gate';

describe('runGate', () => {
  it('stops at the first failing step and reports its findings', async () => {
    const log: string[] = [];
    const ran: string[] = [];
    const outcomes = await runGate(
      [
        { name: 'one', run: async () => (ran.push('one'), []) },
        {
          name: 'two',
          run: async () => (
            ran.push('two'),
            [{ checker: 'x', file: 'a.cls', line: 3, message: 'bad' }]
          )
        },
        { name: 'three', run: async () => (ran.push('three'), []) }
      ],
      (line) => log.push(line)
    );
    expect(ran).toEqual(['one', 'two']);
    expect(outcomes.map((o) => o.status)).toEqual(['passed', 'failed', 'skipped']);
    expect(log).toContain('    a.cls:3: bad');
    expect(summaryTable(outcomes)).toMatch(/Gate: 1 passed, 1 failed$/);
  });

  it('turns a crashing step into a failure', async () => {
    const outcomes = await runGate(
      [{ name: 'boom', run: () => Promise.reject(new Error('no java')) }],
      () => undefined
    );
    expect(outcomes[0]?.status).toBe('failed');
    expect(outcomes[0]?.findings[0]?.message).toBe('crashed: Error: no java');
  });
});
