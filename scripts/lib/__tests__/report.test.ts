import {
  captureOutput,
  ExpectedError,
  formatSeconds,
  formatStepLine,
  formatTable,
  oneLine,
  processOutput,
  runMain,
  StepRunner
} from '../report';

describe('formatTable', () => {
  it('pads columns to the widest cell and trims line ends', () => {
    expect(
      formatTable(
        ['Step', 'Result', 'Time'],
        [
          ['Build', '✓ ok', '1.0s'],
          ['Check Dev Hub', '✗ failed', '']
        ]
      )
    ).toBe(
      [
        'Step           Result    Time',
        '-------------  --------  ----',
        'Build          ✓ ok      1.0s',
        'Check Dev Hub  ✗ failed'
      ].join('\n')
    );
  });

  it('renders headers only when there are no rows, and tolerates short rows', () => {
    expect(formatTable(['A', 'B'], [])).toBe('A  B\n-  -');
    expect(formatTable(['A', 'B'], [['x']])).toBe('A  B\n-  -\nx');
  });
});

describe('small formatters', () => {
  it('formats seconds, step lines and one-line messages', () => {
    expect(formatSeconds(1234)).toBe('1.2s');
    expect(
      formatStepLine({ title: 'Deploy', status: 'ok', ms: 2500, detail: '4 components' })
    ).toBe('✓ Deploy (2.5s) — 4 components');
    expect(formatStepLine({ title: 'Open', status: 'skipped', detail: '--no-open' })).toBe(
      '- Open — --no-open'
    );
    expect(oneLine('Execution failed:\n\n  System.NullPointerException \n')).toBe(
      'Execution failed: System.NullPointerException'
    );
  });
});

describe('StepRunner', () => {
  function runner(): { steps: StepRunner; out: ReturnType<typeof captureOutput> } {
    const out = captureOutput();
    let now = 0;
    return { steps: new StepRunner(out, () => (now += 1000)), out };
  }

  it('prints a start line and a ✓ line with time and detail, and returns the value', async () => {
    const { steps, out } = runner();
    const value = await steps.run('Convert', async (step) => {
      step.detail('4 components');
      return 42;
    });
    expect(value).toBe(42);
    expect(out.lines).toEqual(['… Convert', '✓ Convert (1.0s) — 4 components']);
  });

  it('prints ✗ and rethrows when a step fails, then summarises every step', async () => {
    const { steps, out } = runner();
    await expect(
      steps.run('Check Dev Hub', () => Promise.reject(new ExpectedError('no hub')))
    ).rejects.toThrow('no hub');
    steps.mark('Verdict', 'failed', '1 failed');
    steps.notRun(['Check Dev Hub', 'Create scratch org']);
    expect(out.lines).toContain('✗ Check Dev Hub (1.0s)');
    expect(out.lines).toContain('✗ Verdict — 1 failed');
    expect(steps.steps.map((step) => step.status)).toEqual(['failed', 'failed', 'not run']);
    expect(steps.summary()).toBe(
      [
        'Step                Result    Time  Detail',
        '------------------  --------  ----  --------',
        'Check Dev Hub       ✗ failed  1.0s',
        'Verdict             ✗ failed        1 failed',
        'Create scratch org  not run'
      ].join('\n')
    );
  });

  it('finishes with the summary, then the problems on stderr or the success lines', () => {
    const failing = runner();
    failing.steps.mark('Verdict', 'failed', '1 failed');
    expect(failing.steps.finish(['1 of 2 tests failed', 'org kept'], ['✓ never printed'])).toBe(1);
    expect(failing.out.lines).toEqual(['✗ Verdict — 1 failed', '', failing.steps.summary()]);
    expect(failing.out.errors).toEqual(['✗ 1 of 2 tests failed', '✗ org kept']);

    const passing = runner();
    passing.steps.mark('Verdict', 'ok', '2 tests');
    expect(passing.steps.finish([], ['', '✓ All passed.'])).toBe(0);
    expect(passing.out.lines).toEqual([
      '✓ Verdict — 2 tests',
      '',
      passing.steps.summary(),
      '',
      '✓ All passed.'
    ]);
    expect(passing.out.errors).toEqual([]);
  });

  it('animates a progress line on a terminal and stops when the step ends', async () => {
    jest.useFakeTimers();
    try {
      const out = captureOutput();
      const statuses: string[] = [];
      out.status = (text) => statuses.push(text);
      const steps = new StepRunner(out, () => Date.now());
      let finish: () => void = () => undefined;
      const running = steps.run(
        'Create scratch org',
        () => new Promise<void>((resolve) => (finish = resolve))
      );
      jest.advanceTimersByTime(1000);
      finish();
      await running;
      const drawn = statuses.length;
      jest.advanceTimersByTime(1000);
      expect(drawn).toBeGreaterThan(1);
      expect(statuses).toHaveLength(drawn);
      expect(statuses[0]).toMatch(/^⠋ Create scratch org \(0s\)$/);
      expect(out.lines).toEqual([expect.stringMatching(/^✓ Create scratch org \(1\.0s\)$/)]);
    } finally {
      jest.useRealTimers();
    }
  });
});

describe('processOutput', () => {
  it('writes lines to stdout and stderr', () => {
    const stdout = jest.spyOn(process.stdout, 'write').mockImplementation(() => true);
    const stderr = jest.spyOn(process.stderr, 'write').mockImplementation(() => true);
    try {
      const out = processOutput();
      out.line('hello');
      out.error('oops');
      out.status?.('working');
      expect(stdout).toHaveBeenCalledWith(expect.stringMatching(/hello\n$/));
      expect(stderr).toHaveBeenCalledWith(expect.stringMatching(/oops\n$/));
    } finally {
      stdout.mockRestore();
      stderr.mockRestore();
    }
  });
});

describe('runMain', () => {
  const saved = process.exitCode;
  afterEach(() => {
    process.exitCode = saved;
  });

  it('passes the exit code through', async () => {
    const out = captureOutput();
    await expect(runMain(async () => 0, out)).resolves.toBe(0);
    expect(process.exitCode).toBe(0);
  });

  it('prints one line without a stack for an expected failure', async () => {
    const out = captureOutput();
    await expect(
      runMain(() => Promise.reject(new ExpectedError('bad flag\nmore')), out)
    ).resolves.toBe(1);
    expect(out.errors).toEqual(['✗ bad flag more']);
    expect(process.exitCode).toBe(1);
  });

  it('prints the stack for an unexpected error (a bug)', async () => {
    const out = captureOutput();
    await expect(runMain(() => Promise.reject(new TypeError('boom')), out)).resolves.toBe(1);
    expect(out.errors[0]).toMatch(/^TypeError: boom\n\s+at /);
    await runMain(() => Promise.reject('plain'), out);
    expect(out.errors[1]).toBe('plain');
  });
});
