import {
  acceptedRemoteTypes,
  canonicalRemoteType,
  compatibilityHint,
  draftProblems,
  mappingPayload,
  parseSettings,
  routeProblems,
  settingsJson
} from 'c/xwMappingRules';
import type { MappingDetail, SalesforceFieldInfo } from 'c/xwModel';
import MAPPING from '../../xwMappingsEditor/__tests__/data/getMapping.json';
import CONTACT from '../../xwMappingsEditor/__tests__/data/describeSalesforceObject.json';
import VALIDATION from '../../xwMappingsEditor/__tests__/data/validateMapping.json';

function field(name: string): SalesforceFieldInfo {
  const found = CONTACT.fields.find((f) => f.name === name);
  if (!found) throw new Error(name);
  return found;
}

describe('xwMappingRules', () => {
  it('spells remote types the way the validator does', () => {
    expect(canonicalRemoteType(' String ')).toBe('Text');
    expect(canonicalRemoteType('timestamp')).toBe('DateTime');
    expect(canonicalRemoteType('blob')).toBeUndefined();
    expect(canonicalRemoteType(undefined)).toBeUndefined();
  });

  it('accepts the remote types of the seed 001 table', () => {
    expect(acceptedRemoteTypes('boolean')).toEqual(['Boolean']);
    expect(acceptedRemoteTypes('date')).toEqual(['Date', 'DateTime']);
    expect(acceptedRemoteTypes('datetime')).toEqual(['DateTime']);
    expect(acceptedRemoteTypes('CURRENCY')).toEqual(['Integer', 'Long', 'Decimal', 'Double']);
    expect(acceptedRemoteTypes('picklist')).toEqual(['Text', 'LongText']);
    expect(acceptedRemoteTypes('date', 'DateFormat')).toContain('Text');
    expect(acceptedRemoteTypes('base64')).toEqual([]);
  });

  it('hints fit, misfit, rounding, truncation, lookups and unknown types', () => {
    expect(compatibilityHint(field('LastName'), 'string').level).toBe('ok');
    expect(compatibilityHint(field('Birthdate'), 'Text').level).toBe('error');
    expect(compatibilityHint(field('Birthdate'), 'Text', 'DateFormat').level).toBe('ok');
    expect(compatibilityHint(field('LeadSource'), 'boolean').level).toBe('error');
    expect(compatibilityHint(field('NumberOfEmployees__c'), 'decimal').level).toBe('warning');
    expect(compatibilityHint(field('LastName'), 'textarea').level).toBe('warning');
    expect(compatibilityHint(field('AccountId'), 'string').level).toBe('error');
    expect(compatibilityHint({ ...field('LastName'), type: 'id' }, 'string').level).toBe('error');
    expect(compatibilityHint({ ...field('LastName'), type: 'base64' }, 'string').level).toBe(
      'error'
    );
    expect(compatibilityHint(field('LastName'), 'blob').level).toBe('warning');
    expect(compatibilityHint(field('LastName'), undefined).level).toBe('none');
    expect(compatibilityHint(undefined, 'string').level).toBe('none');
    expect(compatibilityHint({ ...field('NumberOfEmployees__c'), scale: 2 }, 'double').level).toBe(
      'ok'
    );
  });

  it('routes problems to the mapping, the field rows and the relations', () => {
    const routing = routeProblems([
      ...VALIDATION.problems,
      { path: 'relationMappings[0].LookupField__c', message: 'x', severity: 'error' },
      { message: 'no path', severity: 'error' }
    ] as never);
    expect(routing.fields.get(2)).toHaveLength(1);
    expect(routing.fields.get(1)).toHaveLength(1);
    expect(routing.relations.get(0)).toHaveLength(1);
    expect(routing.mapping).toHaveLength(2);
  });

  it('finds rows that name nothing before asking the server', () => {
    const detail: MappingDetail = {
      mapping: {},
      fields: [
        { field: {}, valueMaps: [] },
        { field: { RemoteField__c: 'x' }, valueMaps: [] }
      ],
      relations: [{ LookupField__c: 'AccountId' }]
    };
    expect(draftProblems(detail).map((p) => p.path)).toEqual([
      'fieldMappings[0].SalesforceField__c',
      'relationMappings[0].LookupField__c'
    ]);
    expect(draftProblems(MAPPING as MappingDetail)).toEqual([]);
  });

  it('reads and writes transform settings', () => {
    expect(parseSettings('{"length":40}')).toEqual({ length: 40 });
    expect(parseSettings('[1]')).toEqual({});
    expect(parseSettings('nope')).toEqual({});
    expect(parseSettings(undefined)).toEqual({});
    expect(settingsJson({ a: '', b: [], c: Number.NaN, d: 'x', e: 0 })).toBe('{"d":"x","e":0}');
  });

  it('sends only what the editor changes', () => {
    const payload = JSON.parse(
      mappingPayload({
        ...(MAPPING as MappingDetail),
        fields: [
          {
            field: { ...MAPPING.fields[1].field, CreatedDate: 'x' } as never,
            valueMaps: [
              { SalesforceValue__c: 'Web' },
              { SalesforceValue__c: '', RemoteValue__c: '' }
            ]
          }
        ]
      })
    );
    expect(payload.fields[0].field.CreatedDate).toBeUndefined();
    expect(payload.fields[0].field.ObjectMapping__c).toBeUndefined();
    expect(payload.fields[0].valueMaps).toEqual([
      { SalesforceValue__c: 'Web', RemoteValue__c: '' }
    ]);
    expect(payload.relations[0].ObjectMapping__c).toBeUndefined();
    expect(payload.relations[0].ParentObjectMapping__c).toBe('a02000000000001AAA');
  });
});
