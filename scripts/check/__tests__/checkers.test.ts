// Proves each checker of the offline gate fails on the defect it exists for (fixtures in
// test-fixtures/, one defect each) and stays quiet on a clean project.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { REPO_ROOT } from '../../lib/proc';
import { apexLsFindings, pmdFindings } from '../java';
import { prettierFindings } from '../steps';
import {
  checkApexImports,
  checkClauseFields,
  checkPicklistLiterals,
  checkPermissionSets,
  checkProject,
  checkTests,
  checkXml,
  collectSchemaReferences
} from '../project-check';
import { checkSchemaReferences } from '../schema-probe';

jest.setTimeout(120_000);

const fixture = (name: string): string => path.join(REPO_ROOT, 'test-fixtures', name);
const messages = (findings: { message: string }[]): string[] => findings.map((f) => f.message);
const workDir = (): string => fs.mkdtempSync(path.join(os.tmpdir(), 'xw-gate-'));

describe('prettier with the Apex plugin', () => {
  it('reports an Apex syntax error with the file that has it', async () => {
    const findings = await prettierFindings(['force-app/**/*.cls'], fixture('apex-syntax'));
    expect(findings).toHaveLength(1);
    expect(findings[0]?.file).toBe('force-app/main/default/classes/Broken.cls');
    expect(findings[0]?.message).toMatch(/Syntax|Unexpected|missing ';'|extraneous input/i);
  });

  it('reports a badly formatted but valid class as not formatted', async () => {
    const findings = await prettierFindings(['force-app/**/*.cls'], fixture('soql-missing-field'));
    expect(findings.map((f) => f.file)).toContain(
      'force-app/main/default/classes/QueriesMissingField.cls'
    );
    expect(findings[0]?.message).toContain('not formatted');
  });
});

describe('prettier findings when the runner forces colour', () => {
  const saved = process.env.FORCE_COLOR;
  beforeEach(() => {
    // CI runners set FORCE_COLOR; Prettier then wraps its [error]/[warn] tags in escapes.
    process.env.FORCE_COLOR = '1';
  });
  afterEach(() => {
    if (saved === undefined) delete process.env.FORCE_COLOR;
    else process.env.FORCE_COLOR = saved;
  });

  it('still names the file with the syntax error', async () => {
    const findings = await prettierFindings(['force-app/**/*.cls'], fixture('apex-syntax'));
    expect(findings.map((f) => f.file)).toEqual(['force-app/main/default/classes/Broken.cls']);
  });
});

describe('apex-ls semantic check', () => {
  it('reports a reference to a field that does not exist', async () => {
    const findings = await apexLsFindings(fixture('unknown-field'));
    expect(messages(findings)).toEqual([
      "Missing: Unknown field 'NoSuchField__c' on SObject 'Schema.Account'"
    ]);
    expect(findings[0]?.line).toBe(3);
  });

  it('passes a clean project', async () => {
    expect(await apexLsFindings(fixture('clean'))).toEqual([]);
  });
});

describe('PMD 7', () => {
  it('reports a SOQL query inside a loop', async () => {
    const findings = await pmdFindings([fixture('pmd-soql-in-loop')]);
    const inLoop = findings.filter((f) => f.message.startsWith('OperationWithLimitsInLoop'));
    expect(inLoop).toHaveLength(1);
    expect(inLoop[0]?.line).toBe(5);
    expect(inLoop[0]?.file).toMatch(/QueryInLoop\.cls$/);
  });

  it('passes a clean project', async () => {
    expect(await pmdFindings([fixture('clean')])).toEqual([]);
  });
});

describe('project check: tests', () => {
  it('reports a class that has no test class', () => {
    // Greeting is a top-level interface (nothing to test); an inner interface exempts nothing.
    expect(messages(checkTests(fixture('class-without-test')))).toEqual([
      'class HasInnerInterface has no test class (expected HasInnerInterfaceTest.cls)',
      'class Untested has no test class (expected UntestedTest.cls)'
    ]);
  });

  it('reports the test method that asserts nothing, and accepts a method asserting through a helper', () => {
    expect(messages(checkTests(fixture('test-without-assert')))).toEqual([
      'test method AdderTest.onlyRunsTheCode asserts nothing'
    ]);
  });
});

describe('project check: picklist literals', () => {
  it('reports a literal that is not a value of the restricted picklist it is given to', () => {
    expect(
      checkPicklistLiterals(fixture('picklist-bad-literal')).map((f) => [f.line, f.message])
    ).toEqual([
      [3, "'Opne' is not a value of picklist Status__c (values: Open, Closed)"],
      [7, "'Shut' is not a value of picklist Status__c (values: Open, Closed)"]
    ]);
  });
});

describe('project check: XML', () => {
  it('reports malformed XML with its line', () => {
    const findings = checkXml(fixture('malformed-xml'));
    expect(findings).toHaveLength(1);
    expect(findings[0]?.file).toBe(
      'force-app/main/default/objects/Widget__c/Widget__c.object-meta.xml'
    );
    expect(findings[0]?.message).toMatch(/malformed XML: .*CustomObjet/);
  });
});

describe('project check: permission sets', () => {
  it('reports a missing field, and a field, class, permission or object that does not exist', () => {
    expect(messages(checkPermissionSets(fixture('permset-missing-field'))).sort()).toEqual([
      'permission set XwAdmin is missing field XwWidget__c.Colour__c',
      'permission set grants Apex class XwGoneController, which is not in force-app',
      'permission set grants app XwGhostApp, which is not in force-app',
      'permission set grants custom permission XwNoSuchPermission, which is not in force-app',
      'permission set grants object XwGadget__c, which is not in force-app',
      'permission set grants tab XwGhostTab, which is not in force-app',
      'permission set names field XwWidget__c.Weight__c, which the package does not create'
    ]);
  });
});

describe('project check: SOQL and schema references', () => {
  it('reports the missing field of a static, a dynamic and a child query', async () => {
    const project = fixture('soql-missing-field');
    const findings = await checkSchemaReferences(
      project,
      collectSchemaReferences(project),
      workDir()
    );
    const text = messages(findings).join('\n');
    expect(findings).toHaveLength(3);
    expect(text).toContain('Phantom__c in "SELECT Id, Phantom__c FROM Account');
    expect(text).toContain('Ghost__c in "SELECT Id, Name, Ghost__c FROM Account');
    expect(text).toContain('Contacts.Spectre__c');
    expect(findings.map((f) => f.line).sort()).toEqual([13, 5, 9]);
  });

  it('reports a missing field and a missing Apex method imported by an LWC', async () => {
    const project = fixture('lwc-bad-import');
    expect(messages(checkApexImports(project))).toEqual([
      'imports WidgetController.deleteWidget, which is not an @AuraEnabled method in force-app'
    ]);
    const schema = await checkSchemaReferences(
      project,
      collectSchemaReferences(project),
      workDir()
    );
    expect(schema).toHaveLength(1);
    expect(schema[0]?.message).toContain('Ghost__c in "\'@salesforce/schema/Account.Ghost__c\'"');
  });

  it('reports a long text field used to filter or sort, not one that is only selected', () => {
    const findings = checkClauseFields(fixture('soql-long-text-filter'));
    expect(findings.map((f) => [f.line, f.message])).toEqual([
      [3, 'XwNote__c.Body__c is a LongTextArea field: SOQL cannot filter, sort or group by it'],
      [7, 'XwNote__c.Body__c is a LongTextArea field: SOQL cannot filter, sort or group by it']
    ]);
  });

  it('passes a clean project with relationship paths, functions and semi-joins', async () => {
    expect(await checkProject(fixture('clean'), workDir())).toEqual([]);
  });
});
