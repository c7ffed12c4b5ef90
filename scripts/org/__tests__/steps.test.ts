import { readFileSync } from 'node:fs';
import path from 'node:path';
import { XMLValidator } from 'fast-xml-parser';
import { REPO_ROOT, run } from '../../lib/proc';
import { SUBSCRIBER_CONFIG_DIR, SUBSCRIBER_CONFIG_TEMPLATE } from '../constants';
import { defaultDeps } from '../deps';
import {
  convertToPackage,
  countComponents,
  deploySubscriberConfig,
  findLwcSources,
  formatComponentCounts,
  renderSubscriberConfig,
  subscriberConfigFiles,
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

describe('delivery subscriber config', () => {
  const template = readFileSync(path.join(REPO_ROOT, SUBSCRIBER_CONFIG_TEMPLATE), 'utf8');
  const configPath =
    'PlatformEventSubscriberConfigs/XwDeliveryRequestSubscriber.platformEventSubscriberConfig';

  it('fills the running user into the shipped template, XML-escaped', () => {
    const config = renderSubscriberConfig(template, "o'brien&co@example.com");
    expect(config).toContain('<user>o&apos;brien&amp;co@example.com</user>');
    expect(config).toContain(
      '<platformEventConsumer>XwDeliveryRequestDispatch</platformEventConsumer>'
    );
    expect(config).not.toContain('{{USERNAME}}');
    expect(XMLValidator.validate(config)).toBe(true);
    expect(() => renderSubscriberConfig('<user>x</user>', 'a@b.c')).toThrow(
      /has no \{\{USERNAME\}\}/
    );
  });

  it('is one component in a metadata-format folder', () => {
    const files = subscriberConfigFiles('<config/>');
    expect([...files.keys()]).toEqual(['package.xml', configPath]);
    expect(files.get('package.xml')).toMatch(
      /<members>XwDeliveryRequestSubscriber<\/members>\s*<name>PlatformEventSubscriberConfig<\/name>/
    );
  });

  it('deploys it for a given user without asking the org, and fails readably without a template', async () => {
    const repo = tempRepo();
    try {
      repo.addFile(SUBSCRIBER_CONFIG_TEMPLATE, template);
      const sf = new FakeSf({ 'project deploy start': ok({ numberComponentsDeployed: 1 }) });
      await expect(
        deploySubscriberConfig(fakeDeps(sf, repo.root), 'org-b', 'integration@example.com')
      ).resolves.toBe('delivery requests run as integration@example.com');
      expect(sf.commands()).toEqual(['project deploy start']);
      expect(sf.calls[0]).toEqual(
        expect.arrayContaining(['--metadata-dir', SUBSCRIBER_CONFIG_DIR, '--target-org', 'org-b'])
      );
      expect(
        readFileSync(path.join(repo.root, SUBSCRIBER_CONFIG_DIR, configPath), 'utf8')
      ).toContain('<user>integration@example.com</user>');
    } finally {
      repo.cleanup();
    }
    const empty = tempRepo();
    try {
      const sf = new FakeSf();
      await expect(deploySubscriberConfig(fakeDeps(sf, empty.root), 'org-b')).rejects.toThrow(
        `the subscriber config template ${SUBSCRIBER_CONFIG_TEMPLATE} is missing`
      );
      expect(sf.calls).toEqual([]);
    } finally {
      empty.cleanup();
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
