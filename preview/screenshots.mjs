// Renders each main screen of the preview build (npx rollup -c preview/rollup.config.mjs) with
// headless Chromium into docs/screenshots/<screen>.png. Needs `chromium` on the PATH
// (apt-get install -y --no-install-recommends chromium fonts-liberation).
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { SCREENS } from './screens.mjs';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const DIST = path.join(HERE, 'dist');
const OUT = path.resolve(HERE, '..', 'docs', 'screenshots');
const CHROMIUM = process.env.CHROMIUM ?? 'chromium';

if (!fs.existsSync(path.join(DIST, 'preview.js'))) {
  console.error('No preview build: run npx rollup -c preview/rollup.config.mjs first.');
  process.exit(1);
}
fs.mkdirSync(OUT, { recursive: true });
const only = process.argv.slice(2);
for (const screen of SCREENS.filter((s) => only.length === 0 || only.includes(s.name))) {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'xw-chromium-'));
  const target = path.join(OUT, `${screen.name}.png`);
  process.stdout.write(`screenshot ${screen.name} (${screen.width}x${screen.height}) ... `);
  execFileSync(
    CHROMIUM,
    [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--hide-scrollbars',
      `--user-data-dir=${profile}`,
      `--window-size=${screen.width},${screen.height}`,
      '--virtual-time-budget=8000',
      `--screenshot=${target}`,
      `file://${path.join(DIST, `${screen.name}.html`)}`
    ],
    { stdio: ['ignore', 'ignore', 'pipe'] }
  );
  fs.rmSync(profile, { recursive: true, force: true });
  console.log(path.relative(process.cwd(), target));
}
