// How scripts talk to the person running them: step lines with ✓/✗ and timings, plain-text
// tables, and one readable line (never a stack trace) for failures we expect.

/** A failure we anticipated (bad flag, CLI error, no Dev Hub): print its message, not a stack. */
export class ExpectedError extends Error {
  override readonly name: string = 'ExpectedError';
}

export function isExpectedError(error: unknown): error is ExpectedError {
  return error instanceof ExpectedError;
}

/** Where scripts print. Injected so tests can capture output instead of writing to the terminal. */
export interface Output {
  /** Print one line on stdout. */
  line(text: string): void;
  /** Print one line on stderr. */
  error(text: string): void;
  /** Rewrite the current terminal line in place; absent when stdout is not a terminal. */
  status?(text: string): void;
}

const CLEAR_LINE = '\r\x1b[2K';

export function processOutput(): Output {
  const tty = process.stdout.isTTY === true;
  // On a terminal every full line first wipes any progress line still showing.
  const prefix = tty ? CLEAR_LINE : '';
  const output: Output = {
    line: (text) => process.stdout.write(`${prefix}${text}\n`),
    error: (text) => process.stderr.write(`${prefix}${text}\n`)
  };
  if (tty) output.status = (text) => process.stdout.write(`${CLEAR_LINE}${text}`);
  return output;
}

/** An Output that records lines; for tests and for callers that want to post-process. */
export interface CapturedOutput extends Output {
  readonly lines: string[];
  readonly errors: string[];
}

export function captureOutput(): CapturedOutput {
  const lines: string[] = [];
  const errors: string[] = [];
  return {
    lines,
    errors,
    line: (text) => {
      lines.push(text);
    },
    error: (text) => {
      errors.push(text);
    }
  };
}

/** Collapse a possibly multi-line message (CLI errors often have several) into one line. */
export function oneLine(message: string): string {
  return message.replace(/\s*\n\s*/g, ' ').trim();
}

export function formatSeconds(ms: number): string {
  return `${(ms / 1000).toFixed(1)}s`;
}

/** Left-aligned plain-text table; columns are as wide as their widest cell. */
export function formatTable(
  headers: readonly string[],
  rows: readonly (readonly string[])[]
): string {
  const widths = headers.map((header, column) =>
    Math.max(header.length, ...rows.map((row) => (row[column] ?? '').length))
  );
  const render = (cells: readonly string[]): string =>
    widths
      .map((width, column) => (cells[column] ?? '').padEnd(width))
      .join('  ')
      .trimEnd();
  const rule = widths.map((width) => '-'.repeat(width)).join('  ');
  return [render(headers), rule, ...rows.map(render)].join('\n');
}

export type StepStatus = 'ok' | 'failed' | 'skipped' | 'not run';

export interface StepRecord {
  title: string;
  status: StepStatus;
  ms?: number;
  detail?: string;
}

/** Lets a running step attach a short result ("4 components", a username) to its line. */
export interface StepContext {
  detail(text: string): void;
}

const MARK: Record<StepStatus, string> = { ok: '✓', failed: '✗', skipped: '-', 'not run': ' ' };
const SPINNER = ['⠋', '⠙', '⠹', '⠸', '⠼', '⠴', '⠦', '⠧', '⠇', '⠏'];

/**
 * Runs the steps of a script in order, printing one line per step as it finishes (plus a
 * progress line while it runs) and keeping a record for the final summary table.
 */
export class StepRunner {
  private readonly records: StepRecord[] = [];

  constructor(
    private readonly out: Output,
    private readonly clock: () => number = Date.now
  ) {}

  async run<T>(title: string, body: (step: StepContext) => Promise<T>): Promise<T> {
    const record: StepRecord = { title, status: 'not run' };
    this.records.push(record);
    const started = this.clock();
    const stopProgress = this.showProgress(title, started);
    const step: StepContext = {
      detail: (text) => {
        record.detail = text;
      }
    };
    try {
      const value = await body(step);
      record.status = 'ok';
      return value;
    } catch (error) {
      record.status = 'failed';
      throw error;
    } finally {
      stopProgress();
      record.ms = this.clock() - started;
      this.out.line(formatStepLine(record));
    }
  }

  skip(title: string, reason: string): void {
    this.mark(title, 'skipped', reason);
  }

  /** Record an instant step (a verdict, a skip) that has no work to time. */
  mark(title: string, status: Exclude<StepStatus, 'not run'>, detail: string): void {
    const record: StepRecord = { title, status, detail };
    this.records.push(record);
    this.out.line(formatStepLine(record));
  }

  /** Record steps that never started (an earlier one failed) so the summary shows them. */
  notRun(titles: readonly string[]): void {
    for (const title of titles) {
      if (!this.records.some((record) => record.title === title)) {
        this.records.push({ title, status: 'not run' });
      }
    }
  }

  get steps(): readonly StepRecord[] {
    return this.records;
  }

  summary(): string {
    return formatStepSummary(this.records);
  }

  /**
   * Ends a script: a blank line and the summary table, then either each problem on stderr (last,
   * so it is what the reader sees) and exit code 1, or the success lines and exit code 0.
   */
  finish(problems: readonly string[], success: readonly string[] = []): number {
    this.out.line('');
    this.out.line(this.summary());
    if (problems.length) {
      for (const problem of problems) this.out.error(`✗ ${problem}`);
      return 1;
    }
    for (const line of success) this.out.line(line);
    return 0;
  }

  private showProgress(title: string, started: number): () => void {
    const status = this.out.status;
    if (!status) {
      // Not a terminal (CI log): a start line shows what a long step is waiting on.
      this.out.line(`… ${title}`);
      return () => undefined;
    }
    let frame = 0;
    const draw = (): void => {
      const elapsed = Math.round((this.clock() - started) / 1000);
      status(`${SPINNER[frame % SPINNER.length] ?? '…'} ${title} (${elapsed}s)`);
      frame += 1;
    };
    draw();
    const timer = setInterval(draw, 250);
    // Never keep the process alive just to animate.
    timer.unref();
    return () => clearInterval(timer);
  }
}

export function formatStepLine(record: StepRecord): string {
  const time = record.ms === undefined ? '' : ` (${formatSeconds(record.ms)})`;
  const detail = record.detail ? ` — ${record.detail}` : '';
  return `${MARK[record.status]} ${record.title}${time}${detail}`;
}

export function formatStepSummary(records: readonly StepRecord[]): string {
  return formatTable(
    ['Step', 'Result', 'Time', 'Detail'],
    records.map((record) => [
      record.title,
      `${MARK[record.status]} ${record.status}`.trim(),
      record.ms === undefined ? '' : formatSeconds(record.ms),
      record.detail ?? ''
    ])
  );
}

/**
 * Entry-point helper: runs a script's main function and turns its outcome into an exit code.
 * Expected failures print one line; anything else is a bug, so its stack is worth showing.
 */
export async function runMain(
  main: () => Promise<number>,
  out: Output = processOutput()
): Promise<number> {
  let code: number;
  try {
    code = await main();
  } catch (error) {
    if (isExpectedError(error)) {
      out.error(`✗ ${oneLine(error.message)}`);
    } else {
      out.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
    }
    code = 1;
  }
  process.exitCode = code;
  return code;
}
