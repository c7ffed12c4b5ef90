// Everything the e2e command touches outside its own logic, so tests can swap in fakes: the
// org scripts' deps plus org connections, sleeping, temp folders and the run id.
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { defaultDeps, type OrgDeps } from '../deps';
import { crosswalkOrg, type CrosswalkOrg } from './crosswalk-org';
import { connectOrg, type OrgClient } from './org-client';

export interface E2eDeps extends OrgDeps {
  /** A REST client on an org (or org user) the CLI has authorised. */
  connect(aliasOrUsername: string, label: string): Promise<OrgClient>;
  /** Crosswalk's view of an org, for the scenarios. */
  crosswalk(client: OrgClient, name: string): CrosswalkOrg;
  sleep(ms: number): Promise<void>;
  /** A new empty folder for generated metadata. */
  tempDir(): string;
  /** Short, unique, lower-case id of this run (aliases, record names). */
  runId(): string;
  /** Aborted on Ctrl+C: the run stops at the next check and still deletes its orgs. */
  signal?: AbortSignal;
}

export function newRunId(now: number = Date.now(), random: number = Math.random()): string {
  const suffix = Math.floor(random * 36 ** 3)
    .toString(36)
    .padStart(3, '0');
  return `${now.toString(36).slice(-6)}${suffix}`;
}

export function defaultE2eDeps(signal?: AbortSignal): E2eDeps {
  return {
    ...defaultDeps(),
    connect: connectOrg,
    crosswalk: crosswalkOrg,
    sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
    tempDir: () => mkdtempSync(path.join(os.tmpdir(), 'xw-e2e-')),
    runId: () => newRunId(),
    signal
  };
}
