import { run, stripAnsi } from '../proc';

describe('stripAnsi', () => {
  it('removes colour escapes and keeps the text', () => {
    expect(stripAnsi('[\u001b[31merror\u001b[39m] a.cls: bad')).toBe('[error] a.cls: bad');
  });
});

describe('run', () => {
  it('captures plain output even when the child prints colour escapes', async () => {
    const script =
      "process.stdout.write('\\u001b[33mwarn\\u001b[39m'); process.stderr.write('\\u001b[1mx\\u001b[22m')";
    const result = await run(process.execPath, ['-e', script]);
    expect(result).toEqual({ code: 0, stdout: 'warn', stderr: 'x' });
  });

  it('reports the exit code of a failing child', async () => {
    const result = await run(process.execPath, ['-e', 'process.exit(3)']);
    expect(result.code).toBe(3);
  });
});
