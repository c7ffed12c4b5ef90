// Finds SOQL queries in Apex source and lists the object, field paths and child relationships
// each one names, so the gate can prove they exist (apex-ls resolves them, see soql-probe.ts).
// Static queries are `[SELECT ...]`; dynamic ones are string literals starting with SELECT,
// joined with the literals and same-file `static final String` constants they are added to.
// Parts that cannot be known offline become DYNAMIC and are skipped, never guessed.

export const DYNAMIC = '__DYN__';

export interface SoqlQuery {
  file: string;
  line: number;
  text: string;
  object: string;
  fields: string[];
  /** Child relationship name → field paths selected from it. */
  children: Map<string, string[]>;
  /** Fields used to filter, sort or group (WHERE, ORDER BY, GROUP BY): long text cannot be. */
  clauseFields: string[];
}

/** Blanks comments (keeping newlines so line numbers survive); string contents are kept. */
export function stripComments(source: string): string {
  let out = '';
  let i = 0;
  while (i < source.length) {
    const ch = source[i];
    const next = source[i + 1];
    if (ch === "'") {
      const end = endOfString(source, i);
      out += source.slice(i, end);
      i = end;
    } else if (ch === '/' && next === '/') {
      while (i < source.length && source[i] !== '\n') i++;
    } else if (ch === '/' && next === '*') {
      const end = source.indexOf('*/', i + 2);
      const stop = end === -1 ? source.length : end + 2;
      out += source.slice(i, stop).replace(/[^\n]/g, ' ');
      i = stop;
    } else {
      out += ch;
      i++;
    }
  }
  return out;
}

function endOfString(source: string, start: number): number {
  let i = start + 1;
  while (i < source.length) {
    if (source[i] === '\\') i += 2;
    else if (source[i] === "'") return i + 1;
    else i++;
  }
  return source.length;
}

function lineAt(source: string, index: number): number {
  let line = 1;
  for (let i = 0; i < index; i++) if (source[i] === '\n') line++;
  return line;
}

function unquote(literal: string): string {
  return literal.slice(1, -1).replace(/\\(.)/g, '$1');
}

/** `static final String NAME = 'value';` constants of one file (literal concatenations too). */
export function stringConstants(source: string): Map<string, string> {
  const constants = new Map<string, string>();
  const re = /\bstatic\s+final\s+String\s+(\w+)\s*=\s*((?:'(?:\\.|[^'\\])*'\s*\+?\s*)+);/gi;
  for (const m of source.matchAll(re)) {
    const literals = (m[2] ?? '').match(/'(?:\\.|[^'\\])*'/g) ?? [];
    constants.set((m[1] ?? '').toLowerCase(), literals.map(unquote).join(''));
  }
  return constants;
}

/** Every query in one Apex file. */
export function findQueries(file: string, rawSource: string): SoqlQuery[] {
  const source = stripComments(rawSource);
  const queries: SoqlQuery[] = [];
  for (const found of staticQueries(source).concat(dynamicQueries(source))) {
    for (const query of parseQuery(found.text)) {
      queries.push({ ...query, file, line: lineAt(source, found.index) });
    }
  }
  return queries;
}

interface FoundText {
  index: number;
  text: string;
}

function staticQueries(source: string): FoundText[] {
  const found: FoundText[] = [];
  const re = /\[\s*select\b/gi;
  for (const m of source.matchAll(re)) {
    const start = m.index ?? 0;
    let depth = 0;
    let i = start;
    for (; i < source.length; i++) {
      const ch = source[i];
      if (ch === "'") {
        i = endOfString(source, i) - 1;
      } else if (ch === '[') depth++;
      else if (ch === ']' && --depth === 0) break;
    }
    found.push({ index: start, text: source.slice(start + 1, i) });
  }
  return found;
}

function dynamicQueries(source: string): FoundText[] {
  const found: FoundText[] = [];
  const constants = stringConstants(source);
  const re = /'(?:\\.|[^'\\])*'/g;
  for (const m of source.matchAll(re)) {
    const literal = unquote(m[0]);
    if (!/^\s*select\s/i.test(literal)) continue;
    const before = source.slice(0, m.index ?? 0);
    // A literal that continues an earlier concatenation was already read with its head.
    if (/\+\s*$/.test(before)) continue;
    const text = literal + concatenatedTail(source, (m.index ?? 0) + m[0].length, constants);
    if (/\sfrom\s/i.test(text)) found.push({ index: m.index ?? 0, text });
  }
  return found;
}

/** Reads `+ 'x' + CONSTANT + call(...)` after a literal; unknown terms become DYNAMIC. */
function concatenatedTail(source: string, from: number, constants: Map<string, string>): string {
  let text = '';
  let i = from;
  for (;;) {
    const plus = /^\s*\+\s*/.exec(source.slice(i));
    if (!plus) return text;
    i += plus[0].length;
    if (source[i] === "'") {
      const end = endOfString(source, i);
      text += unquote(source.slice(i, end));
      i = end;
      continue;
    }
    const ident = /^([A-Za-z_][\w.]*)\s*(?=[+;,)]|$)/.exec(source.slice(i));
    if (ident) {
      text += constants.get((ident[1] ?? '').toLowerCase()) ?? ` ${DYNAMIC} `;
      i += ident[0].length;
      continue;
    }
    // Any other expression: skip it up to the next top-level '+' or terminator.
    let depth = 0;
    for (; i < source.length; i++) {
      const ch = source[i] ?? '';
      if (ch === "'") i = endOfString(source, i) - 1;
      else if ('([{'.includes(ch)) depth++;
      else if (')]}'.includes(ch)) {
        if (depth === 0) break;
        depth--;
      } else if (depth === 0 && '+;,'.includes(ch)) break;
    }
    text += ` ${DYNAMIC} `;
  }
}

const CLAUSE_KEYWORDS =
  /\b(where|with|group\s+by|having|order\s+by|limit|offset|for\s+(?:update|view|reference)|using\s+scope|all\s+rows)\b/i;
const FIELD_PATH = /^[A-Za-z_][\w]*(\.[A-Za-z_][\w]*)*$/;

/** Splits on commas that are outside parentheses. */
function splitTopLevel(list: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let current = '';
  for (const ch of list) {
    if (ch === '(') depth++;
    if (ch === ')') depth--;
    if (ch === ',' && depth === 0) {
      parts.push(current.trim());
      current = '';
    } else current += ch;
  }
  if (current.trim()) parts.push(current.trim());
  return parts;
}

/** Index of the top-level FROM of a query text (ignores FROM inside sub-selects). */
function topLevelFrom(text: string): number {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === "'") i = endOfString(text, i) - 1;
    else if (ch === '(') depth++;
    else if (ch === ')') depth--;
    else if (depth === 0 && /\sfrom\s/i.test(text.slice(i, i + 6))) return i;
  }
  return -1;
}

/** Replaces each top-level `(SELECT ...)` with a marker and returns the sub-selects. */
function extractSubselects(text: string): { rest: string; subs: string[] } {
  const subs: string[] = [];
  let rest = '';
  let i = 0;
  while (i < text.length) {
    if (text[i] === '(' && /^\(\s*select\s/i.test(text.slice(i))) {
      let depth = 0;
      let j = i;
      for (; j < text.length; j++) {
        if (text[j] === "'") j = endOfString(text, j) - 1;
        else if (text[j] === '(') depth++;
        else if (text[j] === ')' && --depth === 0) break;
      }
      subs.push(text.slice(i + 1, j));
      rest += ' __SUB__ ';
      i = j + 1;
    } else {
      rest += text[i];
      i++;
    }
  }
  return { rest, subs };
}

type ParsedQuery = Omit<SoqlQuery, 'file' | 'line'>;

/** Parses one query and its semi-join sub-selects (each its own query). */
export function parseQuery(rawText: string): ParsedQuery[] {
  const text = rawText.replace(/\s+/g, ' ').trim();
  const fromAt = topLevelFrom(text);
  if (fromAt < 0) return [];
  const selectList = text.slice(text.search(/select\s/i) + 7, fromAt);
  const afterFrom = text.slice(fromAt + 6).trim();
  const objectMatch = /^([\w.]+)(?:\s+(\w+))?/.exec(afterFrom);
  const object = objectMatch?.[1] ?? '';
  if (!object || object.includes(DYNAMIC)) return [];
  const alias =
    objectMatch?.[2] && !CLAUSE_KEYWORDS.test(objectMatch[2]) ? objectMatch[2] : undefined;

  const fields = new Set<string>();
  const clauseFields = new Set<string>();
  const children = new Map<string, string[]>();
  const results: ParsedQuery[] = [];
  const addField = (raw: string, inClause = false): void => {
    let path = raw.trim();
    if (alias && path.toLowerCase().startsWith(alias.toLowerCase() + '.')) {
      path = path.slice(alias.length + 1);
    }
    if (path && FIELD_PATH.test(path) && !path.includes(DYNAMIC)) {
      fields.add(path);
      if (inClause) clauseFields.add(path);
    }
  };

  for (const item of splitTopLevel(selectList)) {
    if (/^\(\s*select\s/i.test(item)) {
      const child = parseQuery(item.slice(1, -1))[0];
      if (child) children.set(child.object, child.fields);
    } else if (/^typeof\s/i.test(item) || /^fields\s*\(/i.test(item)) {
      continue; // polymorphic TYPEOF and FIELDS(...) name no fixed field
    } else {
      const fn = /^\w+\s*\((.*)\)(?:\s+\w+)?$/.exec(item);
      if (fn) {
        for (const arg of splitTopLevel(fn[1] ?? '')) addField(arg.replace(/^distinct\s+/i, ''));
      } else {
        addField(item.split(' ')[0] ?? '');
      }
    }
  }

  const { rest, subs } = extractSubselects(afterFrom.slice(objectMatch?.[0].length ?? 0));
  for (const sub of subs) results.push(...parseQuery(sub));
  const clauses = rest
    .replace(/'(?:\\.|[^'\\])*'/g, ' ')
    .replace(/:\s*[\w.]+(\([^)]*\))?(\[[^\]]*\])?/g, ' ');
  const operator =
    /([A-Za-z_][\w.]*)\s*\)?\s*(=|!=|<>|<=|>=|<|>|\blike\b|\bnot\s+in\b|\bin\b|\bincludes\b|\bexcludes\b)/gi;
  for (const m of clauses.matchAll(operator)) {
    const name = m[1] ?? '';
    if (!/^(and|or|not|__SUB__)$/i.test(name)) addField(name, true);
  }
  const orderOrGroup = /\b(?:order|group)\s+by\s+(.+?)(?=\b(?:limit|offset|having|for)\b|$)/gi;
  for (const m of clauses.matchAll(orderOrGroup)) {
    for (const part of splitTopLevel(m[1] ?? '')) {
      const fn = /^\w+\s*\(\s*([\w.]+)\s*\)/.exec(part);
      addField(fn ? (fn[1] ?? '') : (part.split(' ')[0] ?? ''), true);
    }
  }
  results.unshift({ text, object, fields: [...fields], children, clauseFields: [...clauseFields] });
  return results;
}
