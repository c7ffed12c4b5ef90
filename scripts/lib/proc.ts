// The one place scripts start other programs: a typed wrapper over child_process.spawn.
import { spawn } from 'node:child_process';
import path from 'node:path';

/** The repository root (scripts/lib is two levels below it). */
export const REPO_ROOT = path.resolve(__dirname, '..', '..');

export interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
}

export interface RunOptions {
  cwd?: string;
  env?: NodeJS.ProcessEnv;
  /** Stream output to this process's stdout/stderr as well as capturing it. */
  echo?: boolean;
  input?: string;
}

/** Colour escapes (CI runners often set FORCE_COLOR); captured output is parsed, so it is kept plain. */
const ANSI_ESCAPE = /\u001b\[[0-9;]*[A-Za-z]/g;

export function stripAnsi(text: string): string {
  return text.replace(ANSI_ESCAPE, '');
}

export function run(
  command: string,
  args: readonly string[],
  options: RunOptions = {}
): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      cwd: options.cwd,
      env: { ...process.env, SF_DISABLE_TELEMETRY: 'true', ...options.env },
      stdio: ['pipe', 'pipe', 'pipe']
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      if (options.echo) process.stdout.write(chunk);
    });
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
      if (options.echo) process.stderr.write(chunk);
    });
    child.on('error', reject);
    child.on('close', (code) =>
      resolve({ code: code ?? 1, stdout: stripAnsi(stdout), stderr: stripAnsi(stderr) })
    );
    child.stdin.end(options.input ?? '');
  });
}

/** Path to a binary installed in this project's node_modules/.bin. */
export function localBin(name: string): string {
  return path.join(REPO_ROOT, 'node_modules', '.bin', name);
}
