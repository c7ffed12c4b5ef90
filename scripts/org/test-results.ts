// Pure evaluation of `sf apex run test --json` output: failures, coverage and the verdict.
import { formatTable } from '../lib/report';
import { asList, isRecord } from '../lib/sf';
import { MIN_COVERAGE_PERCENT } from './constants';

export interface TestFailure {
  /** Class.method, or Class.setupMethod for a failed @TestSetup. */
  test: string;
  message: string;
  /** First line of the stack trace: where it failed. */
  where: string;
}

export interface TestRunEvaluation {
  passed: boolean;
  failures: TestFailure[];
  /** Org-wide coverage in percent; undefined when the run reported none. */
  coveragePercent: number | undefined;
  testsRan: number;
  /** Why the run failed, one readable sentence each; empty when it passed. */
  reasons: string[];
}

const FAILED_OUTCOMES = new Set(['Fail', 'CompileFail']);

function text(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

function firstLine(value: unknown): string {
  return (
    text(value)
      .split('\n')
      .map((line) => line.trim())
      .find((line) => line) ?? ''
  );
}

/** "92%" or "92.5%" → 92 / 92.5; anything else → undefined. */
export function parsePercent(value: unknown): number | undefined {
  if (typeof value === 'number' && Number.isFinite(value)) return value;
  const match = /^\s*(\d+(?:\.\d+)?)\s*%?\s*$/.exec(text(value));
  return match ? Number(match[1]) : undefined;
}

function testName(test: Record<string, unknown>): string {
  const fullName = text(test.FullName);
  if (fullName) return fullName;
  const apexClass = isRecord(test.ApexClass) ? text(test.ApexClass.Name) : '';
  return [apexClass, text(test.MethodName)].filter(Boolean).join('.') || '(unknown test)';
}

function toFailure(test: Record<string, unknown>): TestFailure {
  return {
    test: testName(test),
    message: firstLine(test.Message) || '(no message)',
    where: firstLine(test.StackTrace)
  };
}

/** Coverage from the summary, else computed from the per-class lines. */
function orgWideCoverage(result: Record<string, unknown>): number | undefined {
  const summary = isRecord(result.summary) ? result.summary : {};
  const coverage = isRecord(result.coverage) ? result.coverage : {};
  const coverageSummary = isRecord(coverage.summary) ? coverage.summary : {};
  const reported =
    parsePercent(summary.orgWideCoverage) ?? parsePercent(coverageSummary.orgWideCoverage);
  if (reported !== undefined) return reported;
  let total = 0;
  let covered = 0;
  for (const entry of asList(coverage.coverage)) {
    if (isRecord(entry) && typeof entry.totalLines === 'number') {
      total += entry.totalLines;
      covered += typeof entry.totalCovered === 'number' ? entry.totalCovered : 0;
    }
  }
  return total ? Math.round((covered / total) * 1000) / 10 : undefined;
}

/**
 * Judges a test run: it passes when every test passed, at least one ran and org-wide
 * coverage is at least `minCoverage` percent. Accepts the whole --json envelope or its result.
 */
export function evaluateTestRun(
  json: unknown,
  minCoverage: number = MIN_COVERAGE_PERCENT
): TestRunEvaluation {
  const result = isRecord(json) && isRecord(json.result) ? json.result : isRecord(json) ? json : {};
  if (!isRecord(result.summary)) {
    return {
      passed: false,
      failures: [],
      coveragePercent: undefined,
      testsRan: 0,
      reasons: ['the test run returned no summary (did it time out before finishing?)']
    };
  }
  const summary = result.summary;
  const tests = asList(result.tests).filter(isRecord);
  const failures = [
    ...asList(result.setup)
      .filter(isRecord)
      .filter((setup) => text(setup.Message))
      .map(toFailure),
    ...tests.filter((test) => FAILED_OUTCOMES.has(text(test.Outcome))).map(toFailure)
  ];
  const testsRan = typeof summary.testsRan === 'number' ? summary.testsRan : tests.length;
  const coveragePercent = orgWideCoverage(result);
  const outcome = text(summary.outcome);

  const reasons: string[] = [];
  if (failures.length) {
    reasons.push(`${failures.length} of ${testsRan} test${testsRan === 1 ? '' : 's'} failed`);
  } else if (outcome && outcome !== 'Passed' && outcome !== 'Completed') {
    reasons.push(`the test run ended with outcome '${outcome}'`);
  }
  if (testsRan === 0) reasons.push('no Apex tests ran');
  if (coveragePercent === undefined) {
    reasons.push('the test run reported no code coverage');
  } else if (coveragePercent < minCoverage) {
    reasons.push(`org-wide coverage ${coveragePercent}% is below the ${minCoverage}% minimum`);
  }
  return { passed: reasons.length === 0, failures, coveragePercent, testsRan, reasons };
}

const MAX_MESSAGE = 100;

/** The failures as a table: test, message (shortened) and where it failed. */
export function formatFailures(failures: readonly TestFailure[]): string {
  return formatTable(
    ['Test', 'Message', 'Where'],
    failures.map((failure) => [
      failure.test,
      failure.message.length > MAX_MESSAGE
        ? `${failure.message.slice(0, MAX_MESSAGE - 1)}…`
        : failure.message,
      failure.where
    ])
  );
}
