import { REPO_ROOT, run } from '../../lib/proc';
import { defaultDeps } from '../deps';
import {
  convertToPackage,
  countComponents,
  findLwcSources,
  formatComponentCounts,
  summariseTscOutput
} from '../steps';
import { fakeDeps, FakeSf, ok, PACKAGE_XML, tempRepo } from './fakes';

describe('countComponents', () => {
  it('counts members per type from package.xml', () => {
    expect([...countComponents(PACKAGE_XML)]).toEqual([
      ['ApexClass', 2],
      ['CustomField', 1],
      ['CustomObject', 1]
    ]);
  });

  it('handles an empty package and odd input', () => {
    expect(countComponents('<Package><version>65.0</version></Package>').size).toBe(0);
    expect(countComponents('').size).toBe(0);
    expect(countComponents('<Package><types><name>ApexClass</name></types></Package>')).toEqual(
      new Map([['ApexClass', 0]])
    );
  });
});

describe('formatComponentCounts', () => {
  it('totals and lists types alphabetically', () => {
    expect(
      formatComponentCounts(
        new Map([
          ['PermissionSet', 2],
          ['ApexClass', 1]
        ])
      )
    ).toBe('3 components: ApexClass 1, PermissionSet 2');
    expect(formatComponentCounts(new Map([['ApexClass', 1]]))).toBe('1 component: ApexClass 1');
    expect(formatComponentCounts(new Map())).toBe('0 components');
  });
});

describe('findLwcSources', () => {
  it('finds component .ts files but not tests, mocks or declarations', () => {
    const repo = tempRepo();
    try {
      repo.addFile('lwc/a/a.ts');
      repo.addFile('lwc/a/a.js');
      repo.addFile('lwc/a/__tests__/a.test.ts');
      repo.addFile('lwc/a/__mocks__/m.ts');
      repo.addFile('lwc/types.d.ts');
      repo.addFile('lwc/b/b.ts');
      expect(findLwcSources(`${repo.root}/lwc`)).toEqual(['a/a.ts', 'b/b.ts']);
      expect(findLwcSources(`${repo.root}/missing`)).toEqual([]);
    } finally {
      repo.cleanup();
    }
  });
});

describe('summariseTscOutput', () => {
  it('keeps the first diagnostic, or the first line when there is none', () => {
    expect(summariseTscOutput('a.ts(1,1): error TS1: x\n', '')).toBe('a.ts(1,1): error TS1: x');
    expect(summariseTscOutput('', "error TS5058: The specified path does not exist: 'x'.")).toBe(
      "error TS5058: The specified path does not exist: 'x'."
    );
    expect(summariseTscOutput('\n', 'Killed\n')).toBe('Killed');
    expect(summariseTscOutput('', '')).toBe('no output');
  });
});

describe('convertToPackage', () => {
  it('fails readably when the CLI wrote no package.xml', async () => {
    const repo = tempRepo();
    try {
      const deps = fakeDeps(new FakeSf({ 'project convert source': ok({}) }), repo.root);
      await expect(convertToPackage(deps)).rejects.toThrow(
        'conversion wrote no dist/package/package.xml'
      );
    } finally {
      repo.cleanup();
    }
  });
});

describe('defaultDeps', () => {
  it('wires the real CLI, tools and Dev Hub check to the repository root', () => {
    const deps = defaultDeps();
    expect(deps.root).toBe(REPO_ROOT);
    expect(deps.proc).toBe(run);
    expect(typeof deps.sf.exec).toBe('function');
    expect(typeof deps.devHub).toBe('function');
    expect(deps.clock()).toBeGreaterThan(0);
  });
});
