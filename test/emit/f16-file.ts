// A safetensors file with one F16 tensor (loom writes f32, f64 and integers
// only; other tools write f16): the header and data laid out by hand.
export function encodeF16File(
  name: string, shape: readonly number[], bits: Uint16Array,
  others: ReadonlyMap<string, { readonly shape: readonly number[]; readonly data: Float32Array }>,
): Uint8Array {
  const header: Record<string, unknown> = {};
  let offset = 0;
  const parts: Uint8Array[] = [];
  header[name] = { dtype: 'F16', shape, data_offsets: [offset, offset + bits.byteLength] };
  parts.push(new Uint8Array(bits.buffer.slice(0)));
  offset += bits.byteLength;
  for (const [n, t] of others) {
    header[n] = { dtype: 'F32', shape: t.shape, data_offsets: [offset, offset + t.data.byteLength] };
    parts.push(new Uint8Array(t.data.buffer.slice(0)));
    offset += t.data.byteLength;
  }
  let json = JSON.stringify(header);
  while ((8 + json.length) % 8 !== 0) json += ' ';
  const head = new TextEncoder().encode(json);
  const out = new Uint8Array(8 + head.length + offset);
  new DataView(out.buffer).setBigUint64(0, BigInt(head.length), true);
  out.set(head, 8);
  let at = 8 + head.length;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}
