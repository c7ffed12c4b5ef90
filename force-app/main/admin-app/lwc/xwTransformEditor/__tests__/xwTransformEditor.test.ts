import XwTransformEditor from 'c/xwTransformEditor';
import { cleanup, find, findAll, fire, listen, mount } from '../../__tests__/helpers';

function render(transformType: string, settings = '{}'): HTMLElement {
  return mount('c-xw-transform-editor', XwTransformEditor, { transformType, settings });
}

describe('c-xw-transform-editor', () => {
  afterEach(cleanup);

  it.each([
    ['ValueMap', ['default', 'salesforceDefault']],
    ['Template', ['template']],
    ['Constant', ['value']],
    ['FallbackChain', ['fields', 'default']],
    ['Truncate', ['length']],
    ['NumberScale', ['scale', 'roundingMode']],
    ['DateFormat', ['format', 'timeZone']]
  ])('shows the settings of a %s transform', async (type, keys) => {
    const element = render(type);
    expect(findAll(element, '[data-key]').map((input) => input.dataset.key)).toEqual(keys);
    await expect(element).toBeAccessible();
  });

  it('reads the saved settings', () => {
    const element = render('FallbackChain', '{"fields":["Company","Account.Name"],"default":"-"}');
    expect(find(element, '[data-key="fields"]').value).toBe('Company, Account.Name');
    expect(find(element, '[data-key="default"]').value).toBe('-');
  });

  it('writes text, lists and numbers into the settings JSON', () => {
    const element = render('FallbackChain', '{"default":"-"}');
    const seen = listen<{ settings: string }>(element, 'settingschange');
    fire(find(element, '[data-key="fields"]'), 'change', { value: 'Company, , Account.Name' });
    expect(JSON.parse(seen[0].settings)).toEqual({
      default: '-',
      fields: ['Company', 'Account.Name']
    });
    cleanup();

    const scale = render('NumberScale', '{"scale":2}');
    const scaled = listen<{ settings: string }>(scale, 'settingschange');
    expect(find(scale, '[data-key="roundingMode"]').value).toBe('HALF_UP');
    fire(find(scale, '[data-key="scale"]'), 'change', { value: '' });
    fire(find(scale, '[data-key="roundingMode"]'), 'change', { value: 'DOWN' });
    expect(scaled.map((e) => JSON.parse(e.settings))).toEqual([
      {},
      { scale: 2, roundingMode: 'DOWN' }
    ]);
    cleanup();

    const truncate = render('Truncate');
    const truncated = listen<{ settings: string }>(truncate, 'settingschange');
    fire(find(truncate, '[data-key="length"]'), 'change', { value: '40' });
    expect(truncated[0].settings).toBe('{"length":40}');
  });

  it('treats broken settings as empty', () => {
    const element = render('Template', 'not json');
    expect(find(element, '[data-key="template"]').value).toBe('');
  });
});
