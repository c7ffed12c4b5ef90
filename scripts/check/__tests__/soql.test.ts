import { DYNAMIC, findQueries, parseQuery, stringConstants, stripComments } from '../soql';

describe('parseQuery', () => {
  it('lists fields, relationship paths, child relationships and filter fields', () => {
    const [query, semiJoin] = parseQuery(
      `SELECT Id, Owner.Name, COUNT(Amount) total, (SELECT Id, Email FROM Contacts WHERE IsDeleted = false)
       FROM Account
       WHERE Industry = :industry AND CALENDAR_YEAR(CreatedDate) > 2000
         AND Id IN (SELECT AccountId FROM Opportunity WHERE StageName LIKE 'Closed%')
       WITH USER_MODE
       ORDER BY Name DESC NULLS LAST, Rating
       LIMIT :max`
    );
    expect(query?.object).toBe('Account');
    expect(query?.fields.sort()).toEqual(
      ['Amount', 'CreatedDate', 'Id', 'Industry', 'Name', 'Owner.Name', 'Rating'].sort()
    );
    expect([...(query?.children.entries() ?? [])]).toEqual([
      ['Contacts', ['Id', 'Email', 'IsDeleted']]
    ]);
    expect(semiJoin?.object).toBe('Opportunity');
    expect(semiJoin?.fields.sort()).toEqual(['AccountId', 'StageName']);
  });

  it('drops an object alias and skips TYPEOF and FIELDS()', () => {
    const [query] = parseQuery(
      'SELECT a.Name, FIELDS(STANDARD), TYPEOF What WHEN Account THEN Name END FROM Account a'
    );
    expect(query?.fields).toEqual(['Name']);
  });

  it('skips a query whose object is only known at run time', () => {
    expect(parseQuery(`SELECT Id FROM ${DYNAMIC}`)).toEqual([]);
    expect(parseQuery('no query here')).toEqual([]);
  });
});

describe('findQueries', () => {
  it('finds static and dynamic queries with their lines, resolving constants', () => {
    const source = [
      'public class A {',
      "  private static final String FIELDS = 'Id, ' + 'Name';",
      '  // [SELECT Ghost__c FROM Account] in a comment is not a query',
      "  List<Account> a = [SELECT Id, Phone FROM Account WHERE Name = 'x]'];",
      "  List<SObject> b = Database.query('SELECT ' + FIELDS + ', ' + String.join(extra, ',') + ' FROM Contact');",
      "  List<SObject> c = Database.query('SELECT Id FROM ' + objectName);",
      '}'
    ].join('\n');
    const queries = findQueries('A.cls', source);
    expect(queries.map((q) => [q.line, q.object, q.fields])).toEqual([
      [4, 'Account', ['Id', 'Phone', 'Name']],
      [5, 'Contact', ['Id', 'Name']]
    ]);
  });

  it('keeps line numbers when block comments are removed', () => {
    expect(stripComments("/* a\nb */ x = '/* not a comment */';")).toBe(
      "    \n     x = '/* not a comment */';"
    );
  });

  it('reads static final String constants', () => {
    expect(stringConstants("static final String A = 'x' + 'y';").get('a')).toBe('xy');
  });
});
