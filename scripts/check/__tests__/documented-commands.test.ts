// Every `npm run <script>` the docs, the scripts' own messages and the CI workflow tell people to
// type must exist in package.json: a dropped script line once left `npm run e2e` documented
// everywhere but gone.
import fs from 'node:fs';
import path from 'node:path';
import { REPO_ROOT } from '../../lib/proc';

const NPM_RUN = /npm run ([a-z][\w:-]*)/g;

function filesUnder(dir: string, extensions: readonly string[]): string[] {
  const found: string[] = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      if (entry.name !== 'node_modules' && entry.name !== '__tests__') {
        found.push(...filesUnder(full, extensions));
      }
    } else if (extensions.some((ext) => entry.name.endsWith(ext))) {
      found.push(full);
    }
  }
  return found;
}

/** Each documented script name with the files that mention it. */
function documentedScripts(files: readonly string[]): Map<string, string[]> {
  const mentions = new Map<string, string[]>();
  for (const file of files) {
    for (const match of fs.readFileSync(file, 'utf8').matchAll(NPM_RUN)) {
      const name = match[1] ?? '';
      // `npm run x -- --flag` in a comment is a placeholder, not a script.
      if (name === 'x') continue;
      mentions.set(name, [...(mentions.get(name) ?? []), path.relative(REPO_ROOT, file)]);
    }
  }
  return mentions;
}

describe('documented npm scripts', () => {
  const packageJson = JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8')) as {
    scripts: Record<string, string>;
  };
  const files = [
    path.join(REPO_ROOT, 'README.md'),
    path.join(REPO_ROOT, 'CHANGELOG.md'),
    path.join(REPO_ROOT, '.ci', 'run'),
    ...filesUnder(path.join(REPO_ROOT, 'docs'), ['.md']),
    ...filesUnder(path.join(REPO_ROOT, '.github'), ['.yml']),
    ...filesUnder(path.join(REPO_ROOT, 'scripts'), ['.ts', '.apex'])
  ];

  it('finds the commands the README gives', () => {
    const documented = documentedScripts(files);
    expect(documented.get('org:setup')?.length).toBeGreaterThan(0);
    expect(documented.get('e2e')?.length).toBeGreaterThan(0);
  });

  it('are all scripts of package.json', () => {
    const missing = [...documentedScripts(files)]
      .filter(([name]) => !(name in packageJson.scripts))
      .map(([name, where]) => `npm run ${name} (in ${[...new Set(where)].join(', ')})`);
    expect(missing).toEqual([]);
  });
});
