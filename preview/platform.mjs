// Rollup plugin that plays the Salesforce platform for the local preview of the admin app:
// custom labels come from the real CustomLabels file, every Apex method answers with the JSON
// fixture its Jest tests use (lwc/*/__tests__/data/<method>.json), and the toast, custom
// permission and i18n modules (en-US, UTC) get fixed values so pictures are stable.
import fs from 'node:fs';
import path from 'node:path';

const PREFIX = '\0xw-platform:';
// Form-associated comboboxes call attachInternals, which synthetic shadow does not support.
const COMBOBOX_INTERNALS_GATE = '@salesforce/gate/bc.260.enableComboboxElementInternals';

function labelsFrom(file) {
  const xml = fs.readFileSync(file, 'utf8');
  const labels = new Map();
  for (const match of xml.matchAll(/<labels>([\s\S]*?)<\/labels>/g)) {
    const name = /<fullName>(.*?)<\/fullName>/.exec(match[1])?.[1];
    const value = /<value>([\s\S]*?)<\/value>/.exec(match[1])?.[1] ?? '';
    if (name) {
      labels.set(
        name,
        value
          .replace(/&lt;/g, '<')
          .replace(/&gt;/g, '>')
          .replace(/&quot;/g, '"')
          .replace(/&apos;/g, "'")
          .replace(/&amp;/g, '&')
      );
    }
  }
  return labels;
}

function fixtureFor(lwcDir, method) {
  for (const component of fs.readdirSync(lwcDir).sort()) {
    const file = path.join(lwcDir, component, '__tests__', 'data', `${method}.json`);
    if (fs.existsSync(file)) return JSON.parse(fs.readFileSync(file, 'utf8'));
  }
  return undefined;
}

/** Answers of the Apex methods that return something other than their fixture file. */
const ANSWERS = {
  'XwSettingsController.exportConfiguration': (fixture) => JSON.stringify(fixture, null, 2),
  'XwConnectionsController.syncNow': () => '7070000000000001AAA',
  'XwMonitorController.startInitialSync': () => 'a06000000000009AAA',
  'XwErrorsController.retryErrors': () => 1,
  'XwErrorsController.discardErrors': () => 1
};

export function crosswalkPlatform({ labelsFile, lwcDir, timeZone = 'UTC', locale = 'en-US' }) {
  const labels = labelsFrom(labelsFile);
  return {
    name: 'crosswalk-platform',
    resolveId(source) {
      if (
        source.startsWith('@salesforce/label/c.') ||
        source.startsWith('@salesforce/apex/') ||
        source.startsWith('@salesforce/customPermission/') ||
        source === '@salesforce/i18n/timeZone' ||
        source === '@salesforce/i18n/locale' ||
        source === 'lightning/platformShowToastEvent' ||
        source === COMBOBOX_INTERNALS_GATE
      ) {
        return PREFIX + source;
      }
      return null;
    },
    load(id) {
      if (!id.startsWith(PREFIX)) return null;
      const source = id.slice(PREFIX.length);
      if (source.startsWith('@salesforce/label/c.')) {
        const name = source.slice('@salesforce/label/c.'.length);
        if (!labels.has(name)) this.error(`Unknown custom label ${name}`);
        return `export default ${JSON.stringify(labels.get(name))};`;
      }
      if (source.startsWith('@salesforce/apex/')) {
        const method = source.slice('@salesforce/apex/'.length);
        const fixture = fixtureFor(lwcDir, method.split('.')[1]);
        const answer = ANSWERS[method] ? ANSWERS[method](fixture) : (fixture ?? null);
        return `const answer = ${JSON.stringify(answer)};
export default function apex() {
  return Promise.resolve(answer === null ? null : JSON.parse(JSON.stringify(answer)));
}`;
      }
      if (source.startsWith('@salesforce/customPermission/')) return 'export default true;';
      if (source === COMBOBOX_INTERNALS_GATE) return 'export default { isOpen: () => false };';
      if (source === '@salesforce/i18n/timeZone')
        return `export default ${JSON.stringify(timeZone)};`;
      if (source === '@salesforce/i18n/locale') return `export default ${JSON.stringify(locale)};`;
      return `export class ShowToastEvent extends CustomEvent {
  constructor(toast) {
    super('lightning__showtoast', { composed: true, bubbles: true, cancelable: true, detail: toast });
  }
}`;
    }
  };
}

/**
 * Transpiles the components' TypeScript before the LWC compiler sees it. (Module ids carry a
 * `?specifier=` query after LWC resolution, which @rollup/plugin-typescript does not match.)
 */
export function lwcTypeScript(ts) {
  return {
    name: 'crosswalk-lwc-typescript',
    transform(code, id) {
      const file = id.split('?')[0];
      if (!file.endsWith('.ts') || file.endsWith('.d.ts')) return null;
      const output = ts.transpileModule(code, {
        fileName: file,
        compilerOptions: {
          target: ts.ScriptTarget.ESNext,
          module: ts.ModuleKind.ESNext,
          experimentalDecorators: false,
          useDefineForClassFields: true,
          sourceMap: false
        }
      });
      return { code: output.outputText, map: null };
    }
  };
}
