// Invalid programs: the exact first diagnostic (message, position, code
// frame) for each case of the tables in cases-*.ts.
import { describe, expect, test } from 'vitest';
import { formatDiagnostic } from '../../compiler/diagnostics.ts';
import { parse } from '../../compiler/syntax/index.ts';
import { declarationCases } from './cases-declarations.ts';
import { expressionCases } from './cases-expressions.ts';
import { astProblems } from './helpers.ts';

const cases = [...expressionCases, ...declarationCases];

describe('first diagnostic of an invalid program', () => {
  test(`the table has at least 45 cases (${cases.length})`, () => {
    expect(cases.length).toBeGreaterThanOrEqual(45);
  });

  test.each(cases)('%j', (source, ...expected) => {
    const { program, diagnostics } = parse(source, 'bad.loom');
    expect(diagnostics.length).toBeGreaterThan(0);
    expect(formatDiagnostic(diagnostics[0]!, new Map([['bad.loom', source]]))).toBe(expected.join('\n'));
    expect(diagnostics.every((d) => d.severity === 'error' && ['E-lex', 'E-parse'].includes(d.code))).toBe(true);
    expect(astProblems(program, source)).toEqual([]);
  });
});
