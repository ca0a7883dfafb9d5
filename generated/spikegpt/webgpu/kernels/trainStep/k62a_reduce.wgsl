// kernel k62a_reduce
@group(0) @binding(0) var<storage, read> t401: array<f32>;
@group(0) @binding(1) var<storage, read> p_blocks_1_ffn_mix_r: array<f32>;
@group(0) @binding(2) var<storage, read> t421: array<f32>;
@group(0) @binding(3) var<storage, read> p_blocks_1_ffn_mix_k: array<f32>;
@group(0) @binding(4) var<storage, read> t432: array<f32>;
@group(0) @binding(5) var<storage, read_write> t436: array<f32>;
@group(0) @binding(6) var<storage, read_write> t437: array<f32>;
var<workgroup> partial0: array<f32, 256>;
@compute @workgroup_size(256, 1, 1)
fn k62a_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  var acc0_0: f32 = 0.0f;
  for (var col: i32 = lid; col < 1024i; col += 256i) {
    let l401: f32 = t401[row + col * 64i];
    let l284: f32 = p_blocks_1_ffn_mix_r[row];
    let v408: f32 = l401 * l284;
    let l421: f32 = t421[row + col * 64i];
    let l274: f32 = p_blocks_1_ffn_mix_k[row];
    let v428: f32 = l421 * l274;
    let v435: f32 = v408 + v428;
    let g: f32 = t432[select(0i, 64i + row + col * 64i, col % 64i + 1i >= 0i && col % 64i + 1i < 64i)];
    let l434: f32 = select(0.0f, g, col % 64i + 1i >= 0i && col % 64i + 1i < 64i);
    let v436: f32 = v435 + l434;
    t436[row + col * 64i] = v436;
    acc0_0 += v436;
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
    t437[row] = r0_0;
  }
}
