// kernel k77a_reduce
@group(0) @binding(0) var<storage, read> t518: array<f32>;
@group(0) @binding(1) var<storage, read> p_blocks_0_ffn_mix_r: array<f32>;
@group(0) @binding(2) var<storage, read> t537: array<f32>;
@group(0) @binding(3) var<storage, read> p_blocks_0_ffn_mix_k: array<f32>;
@group(0) @binding(4) var<storage, read> t548: array<f32>;
@group(0) @binding(5) var<storage, read_write> t552: array<f32>;
@group(0) @binding(6) var<storage, read_write> t553: array<f32>;
var<workgroup> partial0: array<f32, 256>;
@compute @workgroup_size(256, 1, 1)
fn k77a_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  var acc0_0: f32 = 0.0f;
  for (var col: i32 = lid; col < 1024i; col += 256i) {
    let l518: f32 = t518[row + col * 64i];
    let l155: f32 = p_blocks_0_ffn_mix_r[row];
    let v525: f32 = l518 * l155;
    let l537: f32 = t537[row + col * 64i];
    let l144: f32 = p_blocks_0_ffn_mix_k[row];
    let v544: f32 = l537 * l144;
    let v551: f32 = v525 + v544;
    let g: f32 = t548[select(0i, 64i + row + col * 64i, col % 64i + 1i >= 0i && col % 64i + 1i < 64i)];
    let l550: f32 = select(0.0f, g, col % 64i + 1i >= 0i && col % 64i + 1i < 64i);
    let v552: f32 = v551 + l550;
    t552[row + col * 64i] = v552;
    acc0_0 += v552;
  }
  partial0[lid] = acc0_0;
  workgroupBarrier();
  if (lid < 128i) {
    partial0[lid] = partial0[lid] + partial0[lid + 128i];
  }
  workgroupBarrier();
  if (lid < 64i) {
    partial0[lid] = partial0[lid] + partial0[lid + 64i];
  }
  workgroupBarrier();
  if (lid < 32i) {
    partial0[lid] = partial0[lid] + partial0[lid + 32i];
  }
  workgroupBarrier();
  if (lid < 16i) {
    partial0[lid] = partial0[lid] + partial0[lid + 16i];
  }
  workgroupBarrier();
  if (lid < 8i) {
    partial0[lid] = partial0[lid] + partial0[lid + 8i];
  }
  workgroupBarrier();
  if (lid < 4i) {
    partial0[lid] = partial0[lid] + partial0[lid + 4i];
  }
  workgroupBarrier();
  if (lid < 2i) {
    partial0[lid] = partial0[lid] + partial0[lid + 2i];
  }
  workgroupBarrier();
  if (lid < 1i) {
    partial0[lid] = partial0[lid] + partial0[lid + 1i];
  }
  workgroupBarrier();
  let r0_0: f32 = partial0[0i];
  if (lid == 0i) {
    t553[row] = r0_0;
  }
}
