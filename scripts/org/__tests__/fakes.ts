// Test doubles for the org scripts: a scripted sf CLI, a temp repository root and fixtures.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { RunResult } from '../../lib/proc';
import { captureOutput, type CapturedOutput } from '../../lib/report';
import type { DevHubStatus, SfRunner } from '../../lib/sf';
import type { OrgDeps, ProcRunner } from '../deps';

/** What the fake CLI answers: an envelope (printed as --json would), raw output, or a throw. */
export type FakeReply =
  { envelope: Record<string, unknown>; code?: number } | { raw: RunResult } | { throws: Error };

type Handler = FakeReply | ((args: readonly string[]) => FakeReply);

/** The command words before the first flag, e.g. 'org create scratch'. */
export function commandOf(args: readonly string[]): string {
  const firstFlag = args.findIndex((arg) => arg.startsWith('-'));
  return args.slice(0, firstFlag === -1 ? undefined : firstFlag).join(' ');
}

export const ok = (result: unknown = {}): FakeReply => ({
  envelope: { status: 0, result, warnings: [] }
});

export class FakeSf implements SfRunner {
  readonly calls: string[][] = [];

  constructor(private readonly handlers: Record<string, Handler> = {}) {}

  async exec(args: readonly string[]): Promise<RunResult> {
    this.calls.push([...args]);
    const handler = this.handlers[commandOf(args)] ?? ok();
    const reply = typeof handler === 'function' ? handler(args) : handler;
    if ('throws' in reply) throw reply.throws;
    if ('raw' in reply) return reply.raw;
    const status = typeof reply.envelope.status === 'number' ? reply.envelope.status : 0;
    return {
      code: reply.code ?? status,
      stdout: JSON.stringify(reply.envelope, null, 2),
      stderr: ''
    };
  }

  commands(): string[] {
    return this.calls.map(commandOf);
  }

  argsOf(command: string): string[] | undefined {
    return this.calls.find((args) => commandOf(args) === command);
  }
}

export const PACKAGE_XML = `<?xml version="1.0" encoding="UTF-8"?>
<Package xmlns="http://soap.sforce.com/2006/04/metadata">
    <types>
        <members>XwKillSwitch</members>
        <members>XwKillSwitchTest</members>
        <name>ApexClass</name>
    </types>
    <types>
        <members>XwSettings__c.IsEnabled__c</members>
        <name>CustomField</name>
    </types>
    <types>
        <members>XwSettings__c</members>
        <name>CustomObject</name>
    </types>
    <version>65.0</version>
</Package>
`;

/** A convert handler that writes package.xml where the real CLI would. */
export function convertWriting(root: string, xml: string = PACKAGE_XML): Handler {
  return (args) => {
    const outputDir = args[args.indexOf('--output-dir') + 1] ?? '';
    mkdirSync(path.join(root, outputDir), { recursive: true });
    writeFileSync(path.join(root, outputDir, 'package.xml'), xml);
    return ok({ location: path.join(root, outputDir) });
  };
}

export interface TempRepo {
  root: string;
  addFile(relative: string, content?: string): void;
  cleanup(): void;
}

export function tempRepo(): TempRepo {
  const root = mkdtempSync(path.join(os.tmpdir(), 'xw-org-'));
  return {
    root,
    addFile(relative, content = '') {
      mkdirSync(path.dirname(path.join(root, relative)), { recursive: true });
      writeFileSync(path.join(root, relative), content);
    },
    cleanup() {
      rmSync(root, { recursive: true, force: true });
    }
  };
}

export interface FakeDeps extends OrgDeps {
  out: CapturedOutput;
  procCalls: { command: string; args: readonly string[] }[];
}

export function fakeDeps(
  sf: SfRunner,
  root: string,
  devHub: DevHubStatus = { state: 'ok', name: 'DevHub', username: 'hub@example.com' },
  procResult: RunResult = { code: 0, stdout: '', stderr: '' }
): FakeDeps {
  const procCalls: { command: string; args: readonly string[] }[] = [];
  const proc: ProcRunner = async (command, args) => {
    procCalls.push({ command, args });
    return procResult;
  };
  let now = 0;
  return {
    sf,
    proc,
    procCalls,
    devHub: async () => devHub,
    out: captureOutput(),
    root,
    // Each reading advances 500 ms, so every timed step shows a stable, non-zero time.
    clock: () => (now += 500)
  };
}

interface TestSpec {
  name: string;
  outcome?: 'Pass' | 'Fail' | 'CompileFail' | 'Skip';
  message?: string;
  stack?: string;
}

/** An envelope shaped like `sf apex run test --code-coverage --result-format json --json`. */
export function apexTestEnvelope(options: {
  tests: TestSpec[];
  orgWideCoverage?: string;
  classCoverage?: { name: string; totalLines: number; totalCovered: number }[];
}): Record<string, unknown> {
  const failing = options.tests.filter((test) => test.outcome === 'Fail').length;
  const ran = options.tests.length;
  const classCoverage = options.classCoverage ?? [
    { name: 'XwKillSwitch', totalLines: 20, totalCovered: 19 }
  ];
  const summary: Record<string, unknown> = {
    failRate: `${ran ? Math.round((failing / ran) * 100) : 0}%`,
    failing,
    hostname: 'https://crosswalk-dev.scratch.my.salesforce.com',
    orgId: '00DAu000000abcdMAA',
    outcome: failing ? 'Failed' : 'Passed',
    passRate: `${ran ? Math.round(((ran - failing) / ran) * 100) : 0}%`,
    passing: ran - failing,
    skipped: 0,
    testRunId: '707Au00000AbCdE',
    testStartTime: '2025-11-25T19:30:00.000Z',
    testsRan: ran,
    userId: '005Au000001AbCdIAK',
    username: 'test-abc123@example.com',
    commandTime: '312 ms',
    testExecutionTime: '2481 ms',
    testTotalTime: '2481 ms'
  };
  if (options.orgWideCoverage !== undefined) {
    summary.orgWideCoverage = options.orgWideCoverage;
    summary.testRunCoverage = options.orgWideCoverage;
  }
  return {
    status: failing ? 100 : 0,
    result: {
      summary,
      tests: options.tests.map((test, index) => {
        const [className = '', methodName = ''] = test.name.split('.');
        return {
          Id: `07MAu00000Test${index}`,
          QueueItemId: `709Au00000Queue${index}`,
          StackTrace: test.stack ?? null,
          Message: test.message ?? null,
          AsyncApexJobId: '707Au00000AbCdE',
          MethodName: methodName,
          Outcome: test.outcome ?? 'Pass',
          ApexClass: { Id: '01pAu00000Class1', Name: className, NamespacePrefix: null },
          RunTime: 42,
          FullName: test.name
        };
      }),
      coverage: {
        coverage: classCoverage.map((entry, index) => ({
          id: `01pAu00000Cov${index}`,
          name: entry.name,
          totalLines: entry.totalLines,
          lines: {},
          totalCovered: entry.totalCovered,
          coveredPercent: Math.round((entry.totalCovered / entry.totalLines) * 100)
        })),
        records: [],
        summary: {
          totalLines: classCoverage.reduce((sum, entry) => sum + entry.totalLines, 0),
          coveredLines: classCoverage.reduce((sum, entry) => sum + entry.totalCovered, 0),
          orgWideCoverage: options.orgWideCoverage,
          testRunCoverage: options.orgWideCoverage
        }
      }
    },
    warnings: []
  };
}
