// The sf CLI command only the e2e test needs, on the shared typed wrapper (scripts/lib/sf.ts).
import { isRecord, resultRecord, sfJson, stringField, type SfRunner } from '../../lib/sf';

export interface ScratchUserOptions {
  targetOrg: string;
  /** Local CLI alias for the new user, so its token can be read later. */
  alias: string;
  profileName: string;
  permsets: readonly string[];
}

export interface ScratchUser {
  username: string;
  id: string;
}

/** Creates an extra user in a scratch org; the CLI authorises it so its session can be used. */
export async function createScratchUser(
  sf: SfRunner,
  options: ScratchUserOptions
): Promise<ScratchUser> {
  const envelope = await sfJson(sf, [
    'org',
    'create',
    'user',
    '--target-org',
    options.targetOrg,
    '--set-alias',
    options.alias,
    `profileName=${options.profileName}`,
    ...(options.permsets.length ? [`permsets=${options.permsets.join(',')}`] : [])
  ]);
  const result = resultRecord(envelope);
  const fields = isRecord(result.fields) ? result.fields : {};
  return {
    username: stringField(fields, 'username') ?? options.alias,
    id: stringField(fields, 'id') ?? ''
  };
}
