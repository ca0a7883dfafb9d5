// kernel k52a_reduce
@group(0) @binding(0) var<storage, read> t350: array<f32>;
@group(0) @binding(1) var<storage, read> p_blocks_1_ffn_mix_r: array<f32>;
@group(0) @binding(2) var<storage, read> t370: array<f32>;
@group(0) @binding(3) var<storage, read> p_blocks_1_ffn_mix_k: array<f32>;
@group(0) @binding(4) var<storage, read> t381: array<f32>;
@group(0) @binding(5) var<storage, read_write> t385: array<f32>;
@group(0) @binding(6) var<storage, read_write> t386: array<f32>;
var<workgroup> partial0: array<f32, 256>;
@compute @workgroup_size(256, 1, 1)
fn k52a_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  var acc0_0: f32 = 0.0f;
  for (var col: i32 = lid; col < 1024i; col += 256i) {
    let l350: f32 = t350[row + col * 64i];
    let l253: f32 = p_blocks_1_ffn_mix_r[row];
    let v357: f32 = l350 * l253;
    let l370: f32 = t370[row + col * 64i];
    let l243: f32 = p_blocks_1_ffn_mix_k[row];
    let v377: f32 = l370 * l243;
    let v384: f32 = v357 + v377;
    let g: f32 = t381[select(0i, 64i + row + col * 64i, col % 64i + 1i >= 0i && col % 64i + 1i < 64i)];
    let l383: f32 = select(0.0f, g, col % 64i + 1i >= 0i && col % 64i + 1i < 64i);
    let v385: f32 = v384 + l383;
    t385[row + col * 64i] = v385;
    acc0_0 += v385;
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
    t386[row] = r0_0;
  }
}
