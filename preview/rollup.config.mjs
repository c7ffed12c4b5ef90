// Local preview of the Crosswalk admin app: the real components (TypeScript, compiled by the
// LWC compiler) with the real Lightning base components and SLDS, fed by the Jest fixtures.
// `npx rollup -c preview/rollup.config.mjs` writes preview/dist/<screen>.html, one per screen.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import lwc from '@lwc/rollup-plugin';
import replace from '@rollup/plugin-replace';
import ts from 'typescript';
import { crosswalkPlatform, lwcTypeScript } from './platform.mjs';
import { SCREENS } from './screens.mjs';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const ROOT = path.resolve(HERE, '..');
const LWC_DIR = path.join(ROOT, 'force-app/main/admin-app/lwc');
const DIST = path.join(HERE, 'dist');
const SLDS = path.join(
  ROOT,
  'node_modules/@salesforce-ux/design-system/assets/styles/salesforce-lightning-design-system.min.css'
);

const components = fs
  .readdirSync(LWC_DIR)
  .filter((name) => name.startsWith('xw') && fs.existsSync(path.join(LWC_DIR, name, `${name}.ts`)));

function pages() {
  return {
    name: 'crosswalk-preview-pages',
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: 'slds.css', source: fs.readFileSync(SLDS) });
      for (const screen of SCREENS) {
        this.emitFile({
          type: 'asset',
          fileName: `${screen.name}.html`,
          source: `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <title>Crosswalk: ${screen.name}</title>
    <link rel="stylesheet" href="slds.css" />
    <style>body { background: #f3f3f3; margin: 0; padding: 12px; }</style>
  </head>
  <body>
    <main id="app"></main>
    <script>window.XW_SCREEN = ${JSON.stringify(screen.name)};</script>
    <script src="preview.js"></script>
  </body>
</html>
`
        });
      }
    }
  };
}

export default {
  input: path.join(HERE, 'src/main.js'),
  output: { file: path.join(DIST, 'preview.js'), format: 'iife', inlineDynamicImports: true },
  onwarn(warning, warn) {
    if (warning.code === 'CIRCULAR_DEPENDENCY' || warning.code === 'THIS_IS_UNDEFINED') return;
    warn(warning);
  },
  plugins: [
    crosswalkPlatform({
      labelsFile: path.join(ROOT, 'force-app/main/admin-app/labels/CustomLabels.labels-meta.xml'),
      lwcDir: LWC_DIR
    }),
    replace({
      preventAssignment: true,
      values: {
        'process.env.NODE_ENV': JSON.stringify('production'),
        'import.meta.env.SSR': 'false'
      }
    }),
    lwcTypeScript(ts),
    lwc({
      rootDir: LWC_DIR,
      modules: [
        ...components.map((name) => ({
          name: `c/${name}`,
          path: path.join(LWC_DIR, name, `${name}.ts`)
        })),
        { npm: 'lightning-base-components' }
      ],
      enableDynamicComponents: true
    }),
    pages()
  ]
};
