import {
  format,
  formatNumber,
  newKey,
  objectMappingOptions,
  objectPair,
  parseJsonObject,
  reduceErrors,
  splitList
} from 'c/xwModel';

describe('xwModel', () => {
  it('reads every shape of error the platform rejects with', () => {
    expect(reduceErrors({ body: { message: 'Apex says no' } })).toBe('Apex says no');
    expect(
      reduceErrors({
        body: {
          pageErrors: [{ message: 'Page error' }],
          fieldErrors: { Name: [{ message: 'Name is required' }] }
        }
      })
    ).toBe('Page error Name is required');
    expect(reduceErrors({ body: [{ message: 'One' }, { message: 'Two' }, {}] })).toBe('One Two');
    expect(reduceErrors(new Error('Script error'))).toBe('Script error');
    expect(reduceErrors(['Text', { message: 'Text' }])).toBe('Text');
    expect(reduceErrors(null)).toBe('Unknown error');
    expect(reduceErrors({ body: {} }, 'Fallback')).toBe('Fallback');
  });

  it('fills label placeholders', () => {
    expect(format('{0} of {1}', 3, 'ten')).toBe('3 of ten');
    expect(format('{0} and {2}', 'a')).toBe('a and ');
  });

  it('reads comma-separated fields and JSON objects kept in text fields', () => {
    expect(splitList(' Email, ,LastName ,')).toEqual(['Email', 'LastName']);
    expect(splitList(undefined)).toEqual([]);
    expect(parseJsonObject('{"Phone":"+1","n":2}')).toEqual({ Phone: '+1', n: 2 });
    expect(parseJsonObject('[1]')).toEqual({});
    expect(parseJsonObject('null')).toEqual({});
    expect(parseJsonObject('{broken')).toEqual({});
    expect(parseJsonObject(undefined)).toEqual({});
  });

  it('names object mappings by name, else by their two objects', () => {
    const unnamed = { Id: 'm2', SalesforceObject__c: 'Contact', RemoteObject__c: 'Person' };
    expect(objectPair(unnamed)).toBe('Contact ↔ Person');
    expect(objectMappingOptions([{ Id: 'm1', Name: 'Accounts' }, unnamed])).toEqual([
      { value: 'm1', label: 'Accounts' },
      { value: 'm2', label: 'Contact ↔ Person' }
    ]);
  });

  it('numbers and keys', () => {
    expect(formatNumber(undefined)).toBe('—');
    expect(formatNumber(Number.NaN)).toBe('—');
    expect(formatNumber(1234.567, 1)).toMatch(/1.?234[.,]6/);
    expect(newKey('row')).not.toBe(newKey('row'));
  });
});
