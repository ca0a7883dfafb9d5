// Duplicate keys in JSON text. JSON.parse keeps the last of two equal keys
// silently; a file format that must not be ambiguous (the safetensors
// header) checks with this first.

/**
 * The first key that appears twice in one JSON object of `text` (already
 * known to be valid JSON), with the keys of the objects around it; undefined
 * when there is none. A linear scan with an explicit stack (no recursion).
 */
export function findDuplicateKey(text: string): { key: string; path: string[] } | undefined {
  interface Frame { keys: Set<string> | null; path: string[]; lastKey?: string; expectKey: boolean }
  const stack: Frame[] = [];
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x7b /* { */ || c === 0x5b /* [ */) {
      const parent = stack[stack.length - 1];
      const path = parent ? (parent.keys && parent.lastKey !== undefined ? [...parent.path, parent.lastKey] : parent.path) : [];
      stack.push({ keys: c === 0x7b ? new Set() : null, path, expectKey: c === 0x7b });
    } else if (c === 0x7d /* } */ || c === 0x5d /* ] */) {
      stack.pop();
    } else if (c === 0x2c /* , */) {
      const top = stack[stack.length - 1];
      if (top?.keys) top.expectKey = true;
    } else if (c === 0x22 /* " */) {
      const start = i;
      for (i++; i < n; i++) {
        const d = text.charCodeAt(i);
        if (d === 0x5c /* \ */) i++;
        else if (d === 0x22) break;
      }
      const top = stack[stack.length - 1];
      if (top?.keys && top.expectKey) {
        const key = JSON.parse(text.slice(start, i + 1)) as string;
        if (top.keys.has(key)) return { key, path: top.path };
        top.keys.add(key);
        top.lastKey = key;
        top.expectKey = false;
      }
    }
  }
  return undefined;
}
