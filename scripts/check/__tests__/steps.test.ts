import { APEX_STEPS, commandFindings, jestFailures, STEPS } from '../steps';

describe('gate steps', () => {
  it('run in the documented order', () => {
    expect(STEPS.map((s) => s.name.split(' ')[0])).toEqual([
      'Prettier',
      'TypeScript',
      'ESLint',
      'apex-ls',
      'PMD',
      'Project',
      'Jest'
    ]);
    expect(APEX_STEPS.map((s) => s.name.split(' ')[0])).toEqual([
      'Prettier',
      'apex-ls',
      'PMD',
      'Project'
    ]);
  });

  it('turns a failing command into one finding per output line', async () => {
    const findings = await commandFindings('node', 'node', [
      '-e',
      "console.log('first'); console.error('second'); process.exit(3)"
    ]);
    expect(findings.map((f) => f.message)).toEqual(['first', 'second']);
    expect(await commandFindings('node', 'node', ['-e', "console.log('fine')"])).toEqual([]);
  });

  it('keeps the failure lines of a Jest run and never reports a failed run as clean', () => {
    const line = (message: string) => ({ checker: 'jest', file: '', message });
    expect(jestFailures([line('PASS a'), line('  ✕ adds (3 ms)')])).toEqual([
      line('  ✕ adds (3 ms)')
    ]);
    expect(jestFailures([line('something odd')])).toEqual([
      line('Jest failed: see its output above')
    ]);
  });
});
