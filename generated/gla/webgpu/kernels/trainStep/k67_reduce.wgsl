// kernel k67_reduce
@group(0) @binding(0) var<storage, read> t372: array<f32>;
@group(0) @binding(1) var<storage, read> p_layers_1_attn_norm_g_1: array<f32>;
@group(0) @binding(2) var<storage, read> t234: array<f32>;
@group(0) @binding(3) var<storage, read> t240: array<f32>;
@group(0) @binding(4) var<storage, read_write> t402: array<f32>;
var<workgroup> partial0: array<f32, 16>;
@compute @workgroup_size(16, 1, 1)
fn k67_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  var acc0_0: f32 = 0.0f;
  for (var col: i32 = lid; col < 16i; col += 16i) {
    let l374: f32 = t372[row / 256i * 4096i + row / 64i % 4i * 16i + row % 64i * 64i + col];
    let l244: f32 = p_layers_1_attn_norm_g_1[col];
    let v386: f32 = l374 * l244;
    let l235: f32 = t234[row * 16i + col];
    let v391: f32 = v386 * l235;
    acc0_0 += v391;
  }
  partial0[lid] = acc0_0;
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
  for (var col_1: i32 = lid; col_1 < 16i; col_1 += 16i) {
    let l374_1: f32 = t372[row / 256i * 4096i + row / 64i % 4i * 16i + row % 64i * 64i + col_1];
    let l244_1: f32 = p_layers_1_attn_norm_g_1[col_1];
    let v386_1: f32 = l374_1 * l244_1;
    let l241: f32 = t240[row];
    let v390: f32 = v386_1 * l241;
    let l240: f32 = t240[row];
    let v393: f32 = l240 * l240;
    let v394: f32 = l240 * v393;
    let v396: f32 = v394 * -0.5f;
    let v397: f32 = r0_0 * v396;
    let v398: f32 = v397 * 0.0625f;
    let l235_1: f32 = t234[row * 16i + col_1];
    let v400: f32 = v398 * l235_1;
    let v401: f32 = v390 + v400;
    let v402: f32 = v401 + v400;
    t402[row * 16i + col_1] = v402;
  }
}
