// A Hugging Face tokenizer.json from disk (runtime/tokenizer.ts parses it;
// it stays import-free so bundles can inline it).
import { readFileSync } from 'node:fs';
import { parseTokenizer, type Tokenizer } from './tokenizer.ts';

/** Reads and parses `file`; errors name it. */
export function loadTokenizer(file: string): Tokenizer {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(file, 'utf8'));
  } catch (e) {
    throw new Error(`tokenizer ${file}: ${(e as Error).message}`);
  }
  return parseTokenizer(json, file);
}
