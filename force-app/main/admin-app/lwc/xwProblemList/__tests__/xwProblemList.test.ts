import XwProblemList from 'c/xwProblemList';
import { LABELS } from 'c/xwLabels';
import { cleanup, find, findAll, mount } from '../../__tests__/helpers';
import VALIDATION from '../../xwMappingsEditor/__tests__/data/validateMapping.json';

describe('c-xw-problem-list', () => {
  afterEach(cleanup);

  it('lists errors before warnings as an alert', async () => {
    const element = mount('c-xw-problem-list', XwProblemList, {
      problems: [VALIDATION.problems[1], VALIDATION.problems[0]]
    });
    const items = findAll(element, 'li');
    expect(items[0].textContent).toContain(VALIDATION.problems[0].message);
    expect(items[0].className).toBe('slds-text-color_error');
    expect(items[1].textContent).toContain(LABELS.problemWarning);
    expect(find(element, '[role="alert"]')).toBeTruthy();
    expect(find(element, '.slds-text-title_bold').textContent).toBe(LABELS.problemsTitle);
    await expect(element).toBeAccessible();
  });

  it('uses a polite status for warnings only and renders nothing without problems', async () => {
    const warnings = mount('c-xw-problem-list', XwProblemList, {
      problems: [VALIDATION.problems[2]],
      heading: 'Import report'
    });
    expect(find(warnings, '[role="status"]')).toBeTruthy();
    expect(find(warnings, '.slds-text-title_bold').textContent).toBe('Import report');
    await expect(warnings).toBeAccessible();
    cleanup();
    const none = mount('c-xw-problem-list', XwProblemList, { problems: [] });
    expect(none.shadowRoot?.children).toHaveLength(0);
  });
});

describe('c-xw-problem-list with paths', () => {
  afterEach(cleanup);

  it('says where each problem is when asked', () => {
    const element = mount('c-xw-problem-list', XwProblemList, {
      problems: [VALIDATION.problems[0], { message: 'No path', severity: 'error' }],
      showPaths: true
    });
    const paths = findAll(element, 'code.path');
    expect(paths).toHaveLength(1);
    expect(paths[0].textContent).toBe('fieldMappings[2].RemoteFieldType__c');
  });
});
