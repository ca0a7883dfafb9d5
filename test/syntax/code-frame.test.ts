// Code frames: the source line with the span marked; a very long line (a
// minified or generated one-line file) is cut to a window around the span.
import { describe, expect, it } from 'vitest';
import { codeFrame } from '../../compiler/diagnostics.ts';

const span = (line: number, col: number, endCol: number) => ({ file: 'f.loom', line, col, endLine: line, endCol, start: 0, end: 0 });

describe('codeFrame', () => {
  it('marks the span under the line', () => {
    expect(codeFrame('a = 1\nb = foo(2)\n', span(2, 5, 8))).toBe('2 | b = foo(2)\n  |     ^~~');
  });

  it('cuts a 100,000-character line to a window around the span', () => {
    const line = 'x = ' + '1 + '.repeat(25_000) + 'foo + 2';
    const col = line.indexOf('foo') + 1;
    const frame = codeFrame(`a\n${line}\n`, span(2, col, col + 3));
    const [text, marker] = frame.split('\n') as [string, string];
    expect(text.length).toBeLessThan(130);
    expect(text.startsWith('2 | …')).toBe(true);
    // The marker sits under `foo` in the shown window.
    expect(text.slice(marker.indexOf('^'), marker.indexOf('^') + 3)).toBe('foo');
    expect(marker.trimEnd().endsWith('^~~')).toBe(true);
  });

  it('keeps the start of a long line when the span is near it', () => {
    const frame = codeFrame('bad' + ' + 1'.repeat(10_000), span(1, 1, 4));
    expect(frame.split('\n')[0]).toMatch(/^1 \| bad \+ 1.*…$/);
    expect(frame.split('\n')[1]).toBe('  | ^~~');
  });
});
