import { MIN_COVERAGE_PERCENT } from '../constants';
import { evaluateTestRun, formatFailures, parsePercent } from '../test-results';
import { apexTestEnvelope } from './fakes';

const GREEN = [
  { name: 'XwKillSwitchTest.enabledByDefault' },
  { name: 'XwKillSwitchTest.canDisable' }
];

describe('evaluateTestRun', () => {
  it('uses a 90% default threshold', () => {
    expect(MIN_COVERAGE_PERCENT).toBe(90);
  });

  it('passes at exactly 90% coverage with all tests green', () => {
    expect(evaluateTestRun(apexTestEnvelope({ tests: GREEN, orgWideCoverage: '90%' }), 90)).toEqual(
      {
        passed: true,
        failures: [],
        coveragePercent: 90,
        testsRan: 2,
        reasons: []
      }
    );
  });

  it('fails at 89% coverage', () => {
    const evaluation = evaluateTestRun(apexTestEnvelope({ tests: GREEN, orgWideCoverage: '89%' }));
    expect(evaluation.passed).toBe(false);
    expect(evaluation.coveragePercent).toBe(89);
    expect(evaluation.reasons).toEqual(['org-wide coverage 89% is below the 90% minimum']);
  });

  it('fails when a test fails, even with full coverage, and lists the failure', () => {
    const evaluation = evaluateTestRun(
      apexTestEnvelope({
        tests: [
          ...GREEN,
          {
            name: 'XwSyncTest.retriesOnTimeout',
            outcome: 'Fail',
            message: 'System.CalloutException: Read timed out\nmore detail',
            stack:
              '\nClass.XwSync.send: line 40, column 1\nClass.XwSyncTest.retriesOnTimeout: line 12'
          }
        ],
        orgWideCoverage: '100%'
      })
    );
    expect(evaluation).toMatchObject({ passed: false, coveragePercent: 100, testsRan: 3 });
    expect(evaluation.failures).toEqual([
      {
        test: 'XwSyncTest.retriesOnTimeout',
        message: 'System.CalloutException: Read timed out',
        where: 'Class.XwSync.send: line 40, column 1'
      }
    ]);
    expect(evaluation.reasons).toEqual(['1 of 3 tests failed']);
  });

  it('counts compile failures and failed @TestSetup methods', () => {
    const envelope = apexTestEnvelope({
      tests: [{ name: 'XwBrokenTest.a', outcome: 'CompileFail', message: 'Invalid type: Foo' }],
      orgWideCoverage: '95%'
    });
    const result = envelope.result as Record<string, unknown>;
    result.setup = [
      {
        Id: '07M1',
        StackTrace: 'Class.XwDataTest.setup: line 5',
        Message: 'DmlException',
        MethodName: 'setup',
        ApexClass: { Name: 'XwDataTest' }
      },
      {
        Id: '07M2',
        StackTrace: null,
        Message: null,
        MethodName: 'setup',
        ApexClass: { Name: 'XwOkTest' }
      }
    ];
    const evaluation = evaluateTestRun(envelope);
    expect(evaluation.failures.map((failure) => failure.test)).toEqual([
      'XwDataTest.setup',
      'XwBrokenTest.a'
    ]);
    expect(evaluation.failures[1]?.where).toBe('');
  });

  it('computes coverage from the per-class lines when the summary has none', () => {
    const evaluation = evaluateTestRun(
      apexTestEnvelope({
        tests: GREEN,
        classCoverage: [
          { name: 'XwKillSwitch', totalLines: 30, totalCovered: 30 },
          { name: 'XwSync', totalLines: 70, totalCovered: 59 }
        ]
      })
    );
    expect(evaluation.coveragePercent).toBe(89);
    expect(evaluation.passed).toBe(false);
  });

  it('accepts the bare result as well as the envelope', () => {
    const envelope = apexTestEnvelope({ tests: GREEN, orgWideCoverage: '91%' });
    expect(evaluateTestRun(envelope.result).passed).toBe(true);
  });

  it('fails a run with no tests, no coverage, or no summary', () => {
    const empty = apexTestEnvelope({ tests: [], classCoverage: [] });
    expect(evaluateTestRun(empty).reasons).toEqual([
      'no Apex tests ran',
      'the test run reported no code coverage'
    ]);
    expect(evaluateTestRun({ status: 0, result: { testRunId: '707x' } })).toMatchObject({
      passed: false,
      reasons: ['the test run returned no summary (did it time out before finishing?)']
    });
    expect(evaluateTestRun('garbage').passed).toBe(false);
  });

  it('reports a failed outcome even when no test is listed as failing', () => {
    const envelope = apexTestEnvelope({ tests: GREEN, orgWideCoverage: '95%' });
    const result = envelope.result as { summary: Record<string, unknown> };
    result.summary.outcome = 'Aborted';
    expect(evaluateTestRun(envelope).reasons).toEqual([
      "the test run ended with outcome 'Aborted'"
    ]);
  });

  it('names a test by class and method when FullName is missing', () => {
    const evaluation = evaluateTestRun({
      result: {
        summary: { outcome: 'Failed', testsRan: 2, orgWideCoverage: '95%' },
        tests: [
          { Outcome: 'Fail', MethodName: 'm', ApexClass: { Name: 'C' }, Message: null },
          { Outcome: 'Fail' }
        ]
      }
    });
    expect(evaluation.failures).toEqual([
      { test: 'C.m', message: '(no message)', where: '' },
      { test: '(unknown test)', message: '(no message)', where: '' }
    ]);
  });
});

describe('parsePercent', () => {
  it.each([
    ['92%', 92],
    ['92.5%', 92.5],
    [' 7 ', 7],
    [88, 88],
    ['n/a', undefined],
    [undefined, undefined]
  ])('%p → %p', (input, expected) => {
    expect(parsePercent(input)).toBe(expected);
  });
});

describe('formatFailures', () => {
  it('tabulates failures and shortens long messages', () => {
    const table = formatFailures([
      { test: 'A.b', message: 'x'.repeat(120), where: 'Class.A.b: line 1' },
      { test: 'LongerName.c', message: 'short', where: '' }
    ]);
    const lines = table.split('\n');
    expect(lines[0]).toMatch(/^Test {10}Message {95}Where$/);
    expect(lines[2]).toBe(`A.b           ${'x'.repeat(99)}…  Class.A.b: line 1`);
    expect(lines[3]).toBe('LongerName.c  short');
  });
});
