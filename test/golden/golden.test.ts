// Golden IR: the printer's output for gpt.loom's forward pass and loss is
// committed. Regenerate with LOOM_UPDATE_GOLDEN=1 after an intended change,
// and review the diff.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { printGraph } from '../../compiler/graph/print.ts';
import { verifyGraph } from '../../compiler/graph/verify.ts';
import { elaborateOrThrow, loadOrThrow } from '../../compiler/model.ts';

const here = import.meta.dirname;
const root = path.join(here, '..', '..');

function golden(name: string, text: string): void {
  const file = path.join(here, name);
  if (process.env.LOOM_UPDATE_GOLDEN === '1') fs.writeFileSync(file, text);
  expect(fs.existsSync(file), `${name} is missing: run with LOOM_UPDATE_GOLDEN=1`).toBe(true);
  expect(text).toBe(fs.readFileSync(file, 'utf8'));
}

describe('golden IR of gpt.loom', () => {
  const program = loadOrThrow(path.join(root, 'dsl-examples', 'gpt.loom'));
  // Print locations relative to the repository so the golden does not depend on where it is checked out.
  const relative = (text: string) => text.split(root + path.sep).join('');
  const tokens = { shape: [2, 8], dtype: 'i32' as const };

  it('forward (B = 2, T = 8)', () => {
    const { graph } = elaborateOrThrow(program, 'forward', { tokens }, {});
    expect(verifyGraph(graph)).toEqual([]);
    golden('gpt.forward.ir', relative(printGraph(graph)));
  });

  it('loss (B = 2, T = 8)', () => {
    const { graph } = elaborateOrThrow(program, 'loss', { tokens, targets: tokens }, {});
    expect(verifyGraph(graph)).toEqual([]);
    golden('gpt.loss.ir', relative(printGraph(graph)));
  });
});
