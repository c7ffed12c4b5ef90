// The project's own structural checks on force-app metadata, run by the offline gate:
//  - every XML file is well-formed;
//  - every Apex class has a test class (<Name>Test), every test method asserts something;
//  - every field, object and relationship named in SOQL or an LWC schema import exists, and no
//    long text field is used in WHERE / ORDER BY / GROUP BY;
//  - every @salesforce/apex import in LWC names an existing @AuraEnabled method;
//  - a string literal given to one of our restricted picklists is one of its values;
//  - the admin permission set grants every field the package creates (and names no missing one).
import fs from 'node:fs';
import path from 'node:path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import type { Finding } from './finding';
import { findQueries, stripComments } from './soql';
import { checkSchemaReferences, type SchemaReference } from './schema-probe';

export const ADMIN_PERMISSION_SET = 'XwAdmin';

export function listFiles(dir: string, predicate: (file: string) => boolean): string[] {
  if (!fs.existsSync(dir)) return [];
  const out: string[] = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      if (entry.name !== 'node_modules') out.push(...listFiles(full, predicate));
    } else if (predicate(full)) out.push(full);
  }
  return out.sort();
}

function rel(projectDir: string, file: string): string {
  return path.relative(projectDir, file);
}

export function checkXml(projectDir: string): Finding[] {
  const findings: Finding[] = [];
  for (const file of listFiles(path.join(projectDir, 'force-app'), (f) => f.endsWith('.xml'))) {
    const result = XMLValidator.validate(fs.readFileSync(file, 'utf8'));
    if (result !== true) {
      findings.push({
        checker: 'xml',
        file: rel(projectDir, file),
        line: result.err.line,
        message: `malformed XML: ${result.err.msg}`
      });
    }
  }
  return findings;
}

const IS_TEST_CLASS = /@istest\b[^{;]*?\bclass\s+\w+/i;
// The file's own (top-level) declaration is an interface; an inner interface does not count.
const IS_INTERFACE =
  /^\s*(?:@\w+(?:\([^)]*\))?\s*)*(?:(?:public|global|private)\s+)?interface\s+\w+/i;
const ASSERTION = /\b(?:System\.)?Assert\.\w+\s*\(/;

/** Methods of a class body: name → body text (brace matched), with their annotations. */
export function methodsOf(source: string): { name: string; body: string; isTest: boolean }[] {
  const methods: { name: string; body: string; isTest: boolean }[] = [];
  const header =
    /((?:@\w+(?:\([^)]*\))?\s+)*)((?:(?:public|private|protected|global|static|testmethod|override|virtual|abstract)\s+)*)[\w<>,.[\] ]+?\s+(\w+)\s*\([^)]*\)\s*\{/gi;
  for (const m of source.matchAll(header)) {
    const open = (m.index ?? 0) + m[0].length - 1;
    let depth = 0;
    let i = open;
    for (; i < source.length; i++) {
      if (source[i] === "'") {
        i++;
        while (i < source.length && source[i] !== "'") i += source[i] === '\\' ? 2 : 1;
      } else if (source[i] === '{') depth++;
      else if (source[i] === '}' && --depth === 0) break;
    }
    const annotations = (m[1] ?? '').toLowerCase();
    const isTest = /@istest\b/.test(annotations) || /\btestmethod\b/i.test(m[2] ?? '');
    methods.push({ name: m[3] ?? '', body: source.slice(open, i + 1), isTest });
  }
  return methods;
}

export function checkTests(projectDir: string): Finding[] {
  const findings: Finding[] = [];
  const classes = listFiles(path.join(projectDir, 'force-app'), (f) => f.endsWith('.cls'));
  const names = new Set(classes.map((f) => path.basename(f, '.cls').toLowerCase()));
  for (const file of classes) {
    const source = fs.readFileSync(file, 'utf8').replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '');
    const name = path.basename(file, '.cls');
    if (!IS_TEST_CLASS.test(source)) {
      if (!IS_INTERFACE.test(source) && !names.has(`${name.toLowerCase()}test`)) {
        findings.push({
          checker: 'tests',
          file: rel(projectDir, file),
          message: `class ${name} has no test class (expected ${name}Test.cls)`
        });
      }
      continue;
    }
    const methods = methodsOf(source);
    // A test method asserts directly or through a helper of the same class that asserts.
    const asserting = new Set(methods.filter((m) => ASSERTION.test(m.body)).map((m) => m.name));
    let grew = true;
    while (grew) {
      grew = false;
      for (const method of methods) {
        if (asserting.has(method.name)) continue;
        if ([...asserting].some((helper) => new RegExp(`\\b${helper}\\s*\\(`).test(method.body))) {
          asserting.add(method.name);
          grew = true;
        }
      }
    }
    const testMethods = methods.filter((m) => m.isTest);
    if (testMethods.length > 0 && !ASSERTION.test(source)) {
      findings.push({
        checker: 'tests',
        file: rel(projectDir, file),
        message: `test class ${name} has no System.Assert calls`
      });
      continue;
    }
    for (const method of testMethods) {
      if (!asserting.has(method.name)) {
        findings.push({
          checker: 'tests',
          file: rel(projectDir, file),
          message: `test method ${name}.${method.name} asserts nothing`
        });
      }
    }
  }
  return findings;
}

const xml = new XMLParser({ ignoreAttributes: true, isArray: () => false });

function readXml(file: string): Record<string, unknown> {
  return xml.parse(fs.readFileSync(file, 'utf8')) as Record<string, unknown>;
}

function asArray<T>(value: T | T[] | undefined): T[] {
  if (value === undefined) return [];
  return Array.isArray(value) ? value : [value];
}

interface FieldMeta {
  fullName: string;
  file: string;
  exempt: boolean;
}

/** Custom fields the package creates, with whether FLS can be granted on them. */
export function packageFields(projectDir: string): FieldMeta[] {
  const fields: FieldMeta[] = [];
  for (const file of listFiles(path.join(projectDir, 'force-app'), (f) =>
    f.endsWith('.field-meta.xml')
  )) {
    const objectDir = path.dirname(path.dirname(file));
    const objectName = path.basename(objectDir);
    const fieldName = path.basename(file, '.field-meta.xml');
    const objectFile = path.join(objectDir, `${objectName}.object-meta.xml`);
    const objectMeta = fs.existsSync(objectFile)
      ? ((readXml(objectFile).CustomObject ?? {}) as Record<string, unknown>)
      : {};
    const field = (readXml(file).CustomField ?? {}) as Record<string, unknown>;
    // FLS does not exist for custom settings, metadata types and events, nor for required or
    // master-detail fields (always visible to whoever sees the record).
    const exempt =
      objectMeta.customSettingsType !== undefined ||
      /__(mdt|e)$/.test(objectName) ||
      field.required === true ||
      field.type === 'MasterDetail';
    fields.push({ fullName: `${objectName}.${fieldName}`, file, exempt });
  }
  return fields;
}

export function checkPermissionSets(projectDir: string): Finding[] {
  const findings: Finding[] = [];
  const fields = packageFields(projectDir);
  const known = new Set(fields.map((f) => f.fullName.toLowerCase()));
  const permsets = listFiles(path.join(projectDir, 'force-app'), (f) =>
    f.endsWith('.permissionset-meta.xml')
  );
  for (const file of permsets) {
    const permset = (readXml(file).PermissionSet ?? {}) as Record<string, unknown>;
    for (const fp of asArray(permset.fieldPermissions as { field: string }[] | undefined)) {
      // A custom field of ours that the package does not contain makes the deploy fail.
      const objectName = fp.field.split('.')[0] ?? '';
      if (
        fp.field.endsWith('__c') &&
        objectName.startsWith('Xw') &&
        !known.has(fp.field.toLowerCase())
      ) {
        findings.push({
          checker: 'permissions',
          file: rel(projectDir, file),
          message: `permission set names field ${fp.field}, which the package does not create`
        });
      }
    }
  }
  findings.push(...checkPermissionSetReferences(projectDir, permsets));
  const needed = fields.filter((f) => !f.exempt);
  if (needed.length === 0) return findings;
  const admin = permsets.find(
    (f) => path.basename(f) === `${ADMIN_PERMISSION_SET}.permissionset-meta.xml`
  );
  if (!admin) {
    findings.push({
      checker: 'permissions',
      file: 'force-app',
      message: `no ${ADMIN_PERMISSION_SET} permission set grants the package's fields`
    });
    return findings;
  }
  const adminMeta = (readXml(admin).PermissionSet ?? {}) as Record<string, unknown>;
  const granted = new Set(
    asArray(adminMeta.fieldPermissions as { field: string }[] | undefined).map((fp) =>
      fp.field.toLowerCase()
    )
  );
  for (const field of needed) {
    if (!granted.has(field.fullName.toLowerCase())) {
      findings.push({
        checker: 'permissions',
        file: rel(projectDir, admin),
        message: `permission set ${ADMIN_PERMISSION_SET} is missing field ${field.fullName}`
      });
    }
  }
  return findings;
}

/** Classes, custom permissions, objects, apps and tabs a permission set grants must exist. */
function checkPermissionSetReferences(projectDir: string, permsets: string[]): Finding[] {
  const forceApp = path.join(projectDir, 'force-app');
  const baseNames = (suffix: string): Set<string> =>
    new Set(
      listFiles(forceApp, (f) => f.endsWith(suffix)).map((f) =>
        path.basename(f, suffix).toLowerCase()
      )
    );
  const classes = baseNames('.cls');
  const customPermissions = baseNames('.customPermission-meta.xml');
  const objects = baseNames('.object-meta.xml');
  const applications = baseNames('.app-meta.xml');
  const tabs = baseNames('.tab-meta.xml');
  const findings: Finding[] = [];
  for (const file of permsets) {
    const permset = (readXml(file).PermissionSet ?? {}) as Record<string, unknown>;
    const missing = (kind: string, name: string): void => {
      findings.push({
        checker: 'permissions',
        file: rel(projectDir, file),
        message: `permission set grants ${kind} ${name}, which is not in force-app`
      });
    };
    for (const access of asArray(permset.classAccesses as { apexClass: string }[] | undefined)) {
      if (!classes.has(access.apexClass.toLowerCase())) missing('Apex class', access.apexClass);
    }
    for (const access of asArray(permset.customPermissions as { name: string }[] | undefined)) {
      if (!customPermissions.has(access.name.toLowerCase())) {
        missing('custom permission', access.name);
      }
    }
    for (const access of asArray(
      permset.applicationVisibilities as { application: string }[] | undefined
    )) {
      if (!applications.has(access.application.toLowerCase())) {
        missing('app', access.application);
      }
    }
    for (const access of asArray(permset.tabSettings as { tab: string }[] | undefined)) {
      // Standard tabs (standard-Account) are the platform's; custom object tabs are named after it.
      if (!access.tab.startsWith('standard-') && !tabs.has(access.tab.toLowerCase())) {
        missing('tab', access.tab);
      }
    }
    for (const access of asArray(permset.objectPermissions as { object: string }[] | undefined)) {
      if (access.object.endsWith('__c') && !objects.has(access.object.toLowerCase())) {
        missing('object', access.object);
      }
    }
  }
  return findings;
}

/** Schema references from SOQL in Apex and from `@salesforce/schema/...` imports in LWC. */
export function collectSchemaReferences(projectDir: string): SchemaReference[] {
  const refs: SchemaReference[] = [];
  const forceApp = path.join(projectDir, 'force-app');
  for (const file of listFiles(forceApp, (f) => /\.(cls|trigger)$/.test(f))) {
    for (const q of findQueries(rel(projectDir, file), fs.readFileSync(file, 'utf8'))) {
      refs.push({ ...q, source: q.text.length > 120 ? `${q.text.slice(0, 117)}...` : q.text });
    }
  }
  for (const file of lwcSources(forceApp)) {
    const source = fs.readFileSync(file, 'utf8');
    for (const m of source.matchAll(/['"]@salesforce\/schema\/([\w]+)(?:\.([\w.]+))?['"]/g)) {
      refs.push({
        file: rel(projectDir, file),
        line: source.slice(0, m.index).split('\n').length,
        object: m[1] ?? '',
        fields: m[2] ? [m[2]] : [],
        source: m[0]
      });
    }
  }
  return refs;
}

function lwcSources(forceApp: string): string[] {
  return listFiles(
    forceApp,
    (f) => f.includes(`${path.sep}lwc${path.sep}`) && f.endsWith('.ts') && !f.includes('__tests__')
  );
}

export function checkApexImports(projectDir: string): Finding[] {
  const findings: Finding[] = [];
  const forceApp = path.join(projectDir, 'force-app');
  const classes = new Map(
    listFiles(forceApp, (f) => f.endsWith('.cls')).map((f) => [
      path.basename(f, '.cls').toLowerCase(),
      f
    ])
  );
  for (const file of lwcSources(forceApp)) {
    const source = fs.readFileSync(file, 'utf8');
    for (const m of source.matchAll(/['"]@salesforce\/apex\/(\w+)\.(\w+)['"]/g)) {
      const classFile = classes.get((m[1] ?? '').toLowerCase());
      const method = new RegExp(`@AuraEnabled[^\\n]*\\s+(?:[\\w<>,. ]+\\s+)${m[2]}\\s*\\(`, 'i');
      if (!classFile || !method.test(fs.readFileSync(classFile, 'utf8'))) {
        findings.push({
          checker: 'lwc-apex',
          file: rel(projectDir, file),
          line: source.slice(0, m.index).split('\n').length,
          message: `imports ${m[1]}.${m[2]}, which is not an @AuraEnabled method in force-app`
        });
      }
    }
  }
  return findings;
}

/** Field types SOQL cannot filter, sort or group by (a compile error in the org). */
const UNFILTERABLE_TYPES = new Set(['LongTextArea', 'Html', 'EncryptedText']);

export function checkClauseFields(projectDir: string): Finding[] {
  const types = new Map<string, string>();
  for (const file of listFiles(path.join(projectDir, 'force-app'), (f) =>
    f.endsWith('.field-meta.xml')
  )) {
    const objectName = path.basename(path.dirname(path.dirname(file)));
    const field = (readXml(file).CustomField ?? {}) as Record<string, unknown>;
    const fieldName = path.basename(file, '.field-meta.xml');
    types.set(`${objectName}.${fieldName}`.toLowerCase(), String(field.type ?? ''));
  }
  const findings: Finding[] = [];
  for (const file of listFiles(path.join(projectDir, 'force-app'), (f) =>
    /\.(cls|trigger)$/.test(f)
  )) {
    for (const query of findQueries(rel(projectDir, file), fs.readFileSync(file, 'utf8'))) {
      for (const field of query.clauseFields.filter((f) => !f.includes('.'))) {
        const type = types.get(`${query.object}.${field}`.toLowerCase());
        if (type && UNFILTERABLE_TYPES.has(type)) {
          findings.push({
            checker: 'schema',
            file: query.file,
            line: query.line,
            message: `${query.object}.${field} is a ${type} field: SOQL cannot filter, sort or group by it`
          });
        }
      }
    }
  }
  return findings;
}

/**
 * Restricted picklist values of the package's fields, by field API name. A name that is not a
 * picklist on every object that has it (e.g. a Text field of the same name) is left out: a
 * literal cannot be tied to one field without types.
 */
export function picklistValues(projectDir: string): Map<string, Set<string>> {
  const values = new Map<string, Set<string>>();
  const ambiguous = new Set<string>();
  for (const file of listFiles(path.join(projectDir, 'force-app'), (f) =>
    f.endsWith('.field-meta.xml')
  )) {
    const name = path.basename(file, '.field-meta.xml').toLowerCase();
    const field = (readXml(file).CustomField ?? {}) as Record<string, unknown>;
    const valueSet = field.valueSet as
      { restricted?: boolean; valueSetDefinition?: { value?: unknown } } | undefined;
    if (field.type !== 'Picklist' || valueSet?.restricted !== true) {
      ambiguous.add(name);
      continue;
    }
    const entries = asArray(
      valueSet.valueSetDefinition?.value as { fullName: string | number }[] | undefined
    );
    const known = values.get(name) ?? new Set<string>();
    for (const entry of entries) known.add(String(entry.fullName));
    values.set(name, known);
  }
  for (const name of ambiguous) values.delete(name);
  return values;
}

/** A literal assigned to, compared with or listed for a restricted picklist must be a value. */
export function checkPicklistLiterals(projectDir: string): Finding[] {
  const values = picklistValues(projectDir);
  const findings: Finding[] = [];
  for (const file of listFiles(path.join(projectDir, 'force-app'), (f) =>
    /\.(cls|trigger)$/.test(f)
  )) {
    const raw = fs.readFileSync(file, 'utf8');
    const rawLines = raw.split('\n');
    const source = stripComments(raw);
    const report = (index: number, field: string, literal: string): void => {
      const allowed = values.get(field.toLowerCase());
      if (!allowed || literal === '' || allowed.has(literal)) return;
      const line = source.slice(0, index).split('\n').length;
      // A negative test marks its bad value on the line: `// deliberately not a picklist value`.
      if (rawLines[line - 1]?.includes('deliberately not a picklist value')) return;
      findings.push({
        checker: 'picklist',
        file: rel(projectDir, file),
        line,
        message: `'${literal}' is not a value of picklist ${field} (values: ${[...allowed].join(', ')})`
      });
    };
    for (const m of source.matchAll(/\b(\w+__c)\s*(?:==|!=|=)\s*'((?:\\.|[^'\\])*)'/g)) {
      report(m.index ?? 0, m[1] ?? '', m[2] ?? '');
    }
    for (const m of source.matchAll(/\b(\w+__c)\s+(?:not\s+)?in\s*\(([^):]*)\)/gi)) {
      for (const literal of (m[2] ?? '').matchAll(/'((?:\\.|[^'\\])*)'/g)) {
        report(m.index ?? 0, m[1] ?? '', literal[1] ?? '');
      }
    }
  }
  return findings;
}

export async function checkProject(projectDir: string, workDir: string): Promise<Finding[]> {
  const findings = [
    ...checkXml(projectDir),
    ...checkPicklistLiterals(projectDir),
    ...checkClauseFields(projectDir),
    ...checkTests(projectDir),
    ...checkPermissionSets(projectDir),
    ...checkApexImports(projectDir)
  ];
  findings.push(
    ...(await checkSchemaReferences(projectDir, collectSchemaReferences(projectDir), workDir))
  );
  return findings;
}
