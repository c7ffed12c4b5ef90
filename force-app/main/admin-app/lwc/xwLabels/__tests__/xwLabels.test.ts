/// <reference types="node" />
import fs from 'node:fs';
import path from 'node:path';

const LWC_DIR = path.join(__dirname, '..', '..');
const LABELS_FILE = path.join(LWC_DIR, '..', 'labels', 'CustomLabels.labels-meta.xml');

function namesIn(text: string, pattern: RegExp): string[] {
  return Array.from(text.matchAll(pattern), (m) => m[1] ?? '').sort();
}

describe('xwLabels', () => {
  const xml = fs.readFileSync(LABELS_FILE, 'utf8');
  const defined = namesIn(xml, /<fullName>(\w+)<\/fullName>/g);

  it('imports every custom label of the admin app, and only those', () => {
    const source = fs.readFileSync(path.join(LWC_DIR, 'xwLabels', 'xwLabels.ts'), 'utf8');
    expect(namesIn(source, /'@salesforce\/label\/c\.(\w+)'/g)).toEqual(defined);
  });

  it('keeps label values short enough for the platform', () => {
    const values = Array.from(xml.matchAll(/<value>([\s\S]*?)<\/value>/g), (m) => m[1] ?? '');
    expect(values.every((value) => value.length > 0 && value.length <= 1000)).toBe(true);
    expect(values).toHaveLength(defined.length);
  });
});
