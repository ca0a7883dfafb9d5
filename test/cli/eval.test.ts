import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeSafetensors } from '../../runtime/safetensors.ts';
import { gptFile, loom, root, tempDir } from './helpers.ts';

const fixtures = path.join(root, 'test', 'fixtures', 'parity', 'gpt');
const weights = path.join(fixtures, 'weights.safetensors');
const inputs = path.join(fixtures, 'inputs.safetensors');
const config = ['--set', 'ctx=16', '--set', 'dim=32'];

describe('loom eval: bad input gets a message that says what and where', () => {
  const dir = tempDir();
  const out = path.join(dir, 'out.safetensors');

  it('a truncated weights file', () => {
    const bad = path.join(dir, 'truncated.safetensors');
    fs.writeFileSync(bad, fs.readFileSync(weights).subarray(0, 1000));
    const r = loom(['eval', gptFile, '--weights', bad, '--inputs', inputs, '--out', out, ...config]);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(new RegExp(`^loom eval: ${bad}: header length \\d+ exceeds the 992 bytes after the length prefix`));
  });

  it('weights of another configuration', () => {
    const r = loom(['eval', gptFile, '--weights', weights, '--inputs', inputs, '--out', out, '--set', 'ctx=16', '--set', 'dim=16']);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(`${path.relative(root, weights) === weights ? weights : weights}: param "wte.w" has shape [256, 32] but the model expects [256, 16]`);
  });

  it('an out-of-range token, with its position and the table it indexes', () => {
    const bad = path.join(dir, 'tokens.safetensors');
    writeSafetensors(bad, { tokens: { dtype: 'I32', shape: [1, 4], data: [1, 2, 300, 4] } });
    const r = loom(['eval', gptFile, '--weights', weights, '--inputs', bad, '--out', out, ...config]);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/^loom eval: input "tokens": value 300 at \[0, 2\] is out of range \[0, 256\) for param "wte.w" at .*nn\.loom:\d+:\d+\n$/);
  });

  it('a sequence longer than the model allows, pointing at the source', () => {
    const bad = path.join(dir, 'long.safetensors');
    writeSafetensors(bad, { tokens: { dtype: 'I32', shape: [1, 40], data: new Array(40).fill(1) } });
    const r = loom(['eval', gptFile, '--weights', weights, '--inputs', bad, '--out', out, ...config]);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/gpt\.loom:\d+:\d+: error: slice stop 40 is out of range for axis 0 of 'wpe' \[16, 32\]/);
  });

  it('a missing input tensor', () => {
    const bad = path.join(dir, 'none.safetensors');
    writeSafetensors(bad, { other: { dtype: 'I32', shape: [1], data: [0] } });
    const r = loom(['eval', gptFile, '--weights', weights, '--inputs', bad, '--out', out, ...config]);
    expect(r.status).toBe(1);
    expect(r.stderr).toBe(`loom eval: ${bad}: no tensor named "tokens" (it has: other)\n`);
  });
});
