import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { captureOutput } from '../../lib/report';
import {
  apexCall,
  apexString,
  baseName,
  captureNames,
  GenerateError,
  generateTrigger,
  nodeFs,
  planFiles,
  PRINT_WIDTH,
  renderTest,
  renderTrigger,
  TRIGGER_EVENTS,
  validateObjectName,
  writeFiles,
  type GeneratorFs
} from '../trigger';

const REPO = path.resolve(__dirname, '..', '..', '..');

/** An in-memory file system keyed by absolute path. */
function memoryFs(initial: Record<string, string> = {}): GeneratorFs & {
  files: Map<string, string>;
} {
  const files = new Map(Object.entries(initial));
  return {
    files,
    exists: (file) => files.has(file),
    read: (file) => files.get(file) ?? '',
    write: (file, contents) => {
      files.set(file, contents);
    }
  };
}

function generateError(run: () => unknown): GenerateError {
  try {
    run();
  } catch (error) {
    if (error instanceof GenerateError) return error;
    throw error;
  }
  throw new Error('expected a GenerateError');
}

describe('object names', () => {
  it.each([
    ['Invoice__c', 'Invoice'],
    ['ns__Invoice_Line__c', 'NsInvoiceLine'],
    ['Account', 'Account'],
    ['invoice__c', 'Invoice']
  ])('derives the trigger name of %s from %s', (object, base) => {
    expect(baseName(object)).toBe(base);
    expect(captureNames(object).trigger).toBe(`Xw${base}Capture`);
    expect(captureNames(object).test).toBe(`Xw${base}CaptureTest`);
  });

  it.each(['Account', 'Invoice__c', 'ns__Invoice__c', 'My_Object__c'])('accepts %s', (name) => {
    expect(() => validateObjectName(name)).not.toThrow();
  });

  it.each(['Settings__mdt', 'Order_Event__e', 'Remote__x', 'AccountHistory__history'])(
    'rejects %s, which has no record triggers',
    (name) => {
      expect(generateError(() => validateObjectName(name)).message).toMatch(/cannot be captured/);
    }
  );

  it.each(['', '1Invoice__c', 'Invoice c', 'Invoice__c;drop', '_Invoice__c'])(
    'rejects the malformed name %p',
    (name) => {
      expect(generateError(() => validateObjectName(name)).message).toMatch(
        /not an object API name/
      );
    }
  );

  it('asks for --name when the test class name would pass 40 characters', () => {
    const error = generateError(() => captureNames('A_Very_Long_Custom_Object_Name_Here__c'));
    expect(error.message).toMatch(/longer than 40 characters: pass a shorter --name/);
    expect(captureNames('A_Very_Long_Custom_Object_Name_Here__c', 'LongObject').trigger).toBe(
      'XwLongObjectCapture'
    );
  });

  it('rejects a --name that is not PascalCase', () => {
    expect(generateError(() => captureNames('Invoice__c', 'bad-name')).message).toMatch(
      /PascalCase/
    );
  });
});

describe('rendering', () => {
  const names = captureNames('Invoice__c');

  it('writes a trigger on every event whose only statement is the handler call', () => {
    const trigger = renderTrigger(names);
    expect(trigger).toContain('trigger XwInvoiceCapture on Invoice__c(');
    for (const event of TRIGGER_EVENTS) expect(trigger).toContain(`  ${event}`);
    const body = trigger.slice(trigger.indexOf(') {') + 3, trigger.lastIndexOf('}')).trim();
    expect(body).toBe('XwCaptureHandler.run();');
  });

  it('writes a test that captures an insert, a delete and an undelete of the object', () => {
    const test = renderTest(names);
    expect(test).toContain('private class XwInvoiceCaptureTest {');
    expect(test).toContain("XwCaptureTestData.configure('Invoice__c')");
    expect(test).toContain("XwCaptureTestData.newRecord('Invoice__c')");
    expect(test).toMatch(/insert record;[\s\S]*delete record;[\s\S]*undelete record;/);
    expect(test.match(/System\.Assert\.areEqual\(/g)).toHaveLength(4);
  });

  it('lays out calls like prettier: one line when it fits, else one argument a line', () => {
    expect(apexCall('  ', 'foo', ["'a'", 'b'])).toEqual(["  foo('a', b);"]);
    const x = `'${'x'.repeat(50)}'`;
    const y = `'${'y'.repeat(50)}'`;
    expect(apexCall('    ', 'System.Assert.areEqual', [x, y])).toEqual([
      '    System.Assert.areEqual(',
      `      ${x},\n      ${y}`,
      '    );'
    ]);
    expect(apexCall('', 'f', ['a'.repeat(PRINT_WIDTH)])).toHaveLength(3);
  });

  it('escapes quotes and backslashes in Apex strings', () => {
    expect(apexString("it's a\\b")).toBe("'it\\'s a\\\\b'");
  });

  it('plans the trigger, its meta, the test and its meta', () => {
    expect(planFiles(names).map((file) => file.path)).toEqual([
      'force-app/main/capture/triggers/XwInvoiceCapture.trigger',
      'force-app/main/capture/triggers/XwInvoiceCapture.trigger-meta.xml',
      'force-app/tests/capture/classes/XwInvoiceCaptureTest.cls',
      'force-app/tests/capture/classes/XwInvoiceCaptureTest.cls-meta.xml'
    ]);
    const metas = planFiles(names).filter((file) => file.path.endsWith('-meta.xml'));
    for (const meta of metas) expect(meta.contents).toContain('<apiVersion>65.0</apiVersion>');
  });

  it.each(['Account', 'Contact', 'Lead', 'Opportunity', 'Case'])(
    'matches the checked-in capture trigger and test of %s',
    (object) => {
      for (const file of planFiles(captureNames(object))) {
        expect(fs.readFileSync(path.join(REPO, file.path), 'utf8')).toBe(file.contents);
      }
    }
  );

  it('produces files the project formatter leaves unchanged', () => {
    // Inside the repository (git-ignored .gate/) so prettier finds the project's plugins.
    fs.mkdirSync(path.join(REPO, '.gate'), { recursive: true });
    const dir = fs.mkdtempSync(path.join(REPO, '.gate', 'generate-'));
    try {
      const files = [
        ...planFiles(captureNames('Invoice__c')),
        ...planFiles(captureNames('ns__Quite_Long_Object_Name__c', 'QuiteLongObject'))
      ];
      for (const file of files) {
        fs.writeFileSync(path.join(dir, path.basename(file.path)), file.contents);
      }
      const result = spawnSync(
        path.join(REPO, 'node_modules', '.bin', 'prettier'),
        ['--config', path.join(REPO, '.prettierrc.json'), '--check', '.'],
        { cwd: dir, encoding: 'utf8' }
      );
      expect(`${result.stdout}${result.stderr}`).toContain('All matched files use Prettier');
      expect(result.status).toBe(0);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }, 30000);
});

describe('writing', () => {
  const files = planFiles(captureNames('Invoice__c'));
  const root = '/project';
  const trigger = files[0] ?? { path: '', contents: '' };
  const triggerPath = path.join(root, trigger.path);

  it.each([
    {
      title: 'creates missing files and leaves identical ones alone',
      existing: trigger.contents,
      options: { force: false, dryRun: false },
      statuses: ['unchanged', 'created', 'created', 'created'],
      filesAfter: 4,
      triggerAfter: trigger.contents
    },
    {
      title: 'overwrites a changed file with --force',
      existing: '// edited by hand\n',
      options: { force: true, dryRun: false },
      statuses: ['overwritten', 'created', 'created', 'created'],
      filesAfter: 4,
      triggerAfter: trigger.contents
    },
    {
      title: 'writes nothing on a dry run',
      existing: '// edited by hand\n',
      options: { force: false, dryRun: true },
      statuses: ['would overwrite', 'would create', 'would create', 'would create'],
      filesAfter: 1,
      triggerAfter: '// edited by hand\n'
    }
  ])('$title', ({ existing, options, statuses, filesAfter, triggerAfter }) => {
    const memory = memoryFs({ [triggerPath]: existing });
    const results = writeFiles(root, files, options, memory);
    expect(results.map((result) => result.status)).toEqual(statuses);
    expect(memory.files.size).toBe(filesAfter);
    expect(memory.files.get(triggerPath)).toBe(triggerAfter);
  });

  it('refuses to overwrite a changed file without --force, and writes nothing', () => {
    const memory = memoryFs({ [triggerPath]: '// edited by hand\n' });
    expect(
      generateError(() => writeFiles(root, files, { force: false, dryRun: false }, memory)).message
    ).toMatch(/already exist with other contents: pass --force/);
    expect(memory.files.size).toBe(1);
  });
});

describe('nodeFs', () => {
  it('creates folders, writes, reads and tells what exists', () => {
    fs.mkdirSync(path.join(REPO, '.gate'), { recursive: true });
    const dir = fs.mkdtempSync(path.join(REPO, '.gate', 'generate-fs-'));
    try {
      const file = path.join(dir, 'nested', 'Foo.trigger');
      expect(nodeFs.exists(file)).toBe(false);
      nodeFs.write(file, 'trigger Foo on Account(after insert) {}\n');
      expect(nodeFs.exists(file)).toBe(true);
      expect(nodeFs.read(file)).toBe('trigger Foo on Account(after insert) {}\n');
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('generateTrigger', () => {
  it('writes the four files and prints what it did', async () => {
    const out = captureOutput();
    const memory = memoryFs();
    const code = await generateTrigger(['--object', 'Invoice__c'], {
      root: '/project',
      out,
      fs: memory
    });
    expect(code).toBe(0);
    expect(memory.files.size).toBe(4);
    expect(out.lines[0]).toBe(
      'Capture trigger for Invoice__c: XwInvoiceCapture (test XwInvoiceCaptureTest)'
    );
    expect(out.lines.join('\n')).toMatch(/XwInvoiceCapture\.trigger\s+created/);
  });

  it('prints usage for --help', async () => {
    const out = captureOutput();
    const code = await generateTrigger(['--help'], { root: '/project', out, fs: memoryFs() });
    expect(code).toBe(0);
    expect(out.lines[0]).toContain('--object <string>');
  });

  it('needs --object', async () => {
    await expect(
      generateTrigger([], { root: '/project', out: captureOutput(), fs: memoryFs() })
    ).rejects.toThrow('--object is required');
  });
});
