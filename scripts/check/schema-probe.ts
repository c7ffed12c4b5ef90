// Proves that every object, field and relationship named in SOQL (and in LWC schema imports)
// exists, without keeping a schema list: each path becomes an Apex expression in a generated
// class (`Account q1; Object q1f1 = q1.Owner.Name;`) inside a scratch copy of the project, and
// apex-ls — which knows the standard objects and reads the project's own — resolves it.
import fs from 'node:fs';
import path from 'node:path';
import { apexLsFindings } from './java';
import type { Finding } from './finding';

export interface SchemaReference {
  file: string;
  line: number;
  object: string;
  fields: string[];
  children?: Map<string, string[]>;
  /** How the reference reads in its source, for the error message. */
  source: string;
}

interface ProbeLine {
  ref: SchemaReference;
  what: string;
}

export const PROBE_CLASS = 'XwGateSchemaProbe';

/** Builds the probe class text and, per probe line number, the reference it stands for. */
export function buildProbe(refs: readonly SchemaReference[]): {
  text: string;
  lines: Map<number, ProbeLine>;
} {
  const out = [`public class ${PROBE_CLASS} {`, '  public static void probe() {'];
  const lines = new Map<number, ProbeLine>();
  const emit = (code: string, ref: SchemaReference, what: string): void => {
    out.push(`    ${code}`);
    lines.set(out.length, { ref, what });
  };
  refs.forEach((ref, q) => {
    const v = `q${q}`;
    emit(`${ref.object} ${v} = null;`, ref, `object ${ref.object}`);
    ref.fields.forEach((field, f) => emit(`Object ${v}f${f} = ${v}.${field};`, ref, field));
    let c = 0;
    for (const [relationship, fields] of ref.children ?? new Map<string, string[]>()) {
      emit(`Object ${v}c${c} = ${v}.${relationship};`, ref, `child relationship ${relationship}`);
      fields.forEach((field, f) =>
        emit(
          `Object ${v}c${c}f${f} = ${v}.${relationship}[0].${field};`,
          ref,
          `${relationship}.${field}`
        )
      );
      c++;
    }
  });
  out.push('  }', '}', '');
  return { text: out.join('\n'), lines };
}

/** Copies the project's sfdx-project.json and package directory next to the probe class. */
function prepareWorkspace(projectDir: string, workDir: string, probeText: string): string {
  fs.rmSync(workDir, { recursive: true, force: true });
  fs.mkdirSync(workDir, { recursive: true });
  fs.copyFileSync(
    path.join(projectDir, 'sfdx-project.json'),
    path.join(workDir, 'sfdx-project.json')
  );
  fs.cpSync(path.join(projectDir, 'force-app'), path.join(workDir, 'force-app'), {
    recursive: true,
    filter: (src) => !src.includes(`${path.sep}lwc${path.sep}`)
  });
  const classDir = path.join(workDir, 'force-app', 'gate-probe', 'classes');
  fs.mkdirSync(classDir, { recursive: true });
  const probeFile = path.join(classDir, `${PROBE_CLASS}.cls`);
  fs.writeFileSync(probeFile, probeText);
  fs.writeFileSync(
    `${probeFile}-meta.xml`,
    '<?xml version="1.0" encoding="UTF-8"?>\n<ApexClass xmlns="http://soap.sforce.com/2006/04/metadata"><apiVersion>65.0</apiVersion><status>Active</status></ApexClass>\n'
  );
  return probeFile;
}

export async function checkSchemaReferences(
  projectDir: string,
  refs: readonly SchemaReference[],
  workDir: string
): Promise<Finding[]> {
  if (refs.length === 0) return [];
  const { text, lines } = buildProbe(refs);
  const probeFile = prepareWorkspace(projectDir, workDir, text);
  const findings = await apexLsFindings(workDir);
  const result: Finding[] = [];
  for (const finding of findings) {
    if (!finding.file.endsWith(`${PROBE_CLASS}.cls`)) {
      // Problems in the project's own classes are the apex-ls step's to report.
      if (finding.message.startsWith('apex-ls failed')) result.push(finding);
      continue;
    }
    const probe = finding.line ? lines.get(finding.line) : undefined;
    if (!probe) continue;
    result.push({
      checker: 'schema',
      file: probe.ref.file,
      line: probe.ref.line,
      message: `${probe.what} in "${probe.ref.source}" does not exist (${finding.message.replace(/^\w+: /, '')})`
    });
  }
  fs.rmSync(path.dirname(probeFile), { recursive: true, force: true });
  return result;
}
