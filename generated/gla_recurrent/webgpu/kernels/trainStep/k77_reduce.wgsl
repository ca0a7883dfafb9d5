// kernel k77_reduce
@group(0) @binding(0) var<storage, read> t416: array<f32>;
@group(0) @binding(1) var<storage, read> p_layers_0_attn_norm_g_1: array<f32>;
@group(0) @binding(2) var<storage, read> t71: array<f32>;
@group(0) @binding(3) var<storage, read> t81: array<f32>;
@group(0) @binding(4) var<storage, read_write> t444: array<f32>;
var<workgroup> partial0: array<f32, 16>;
@compute @workgroup_size(16, 1, 1)
fn k77_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  var acc0_0: f32 = 0.0f;
  for (var col: i32 = lid; col < 16i; col += 16i) {
    let l418: f32 = t416[row / 256i * 4096i + row / 64i % 4i * 16i + row % 64i * 64i + col];
    let l85: f32 = p_layers_0_attn_norm_g_1[col];
    let v429: f32 = l418 * l85;
    let l74: f32 = t71[row / 64i * 16i + row % 64i * 1024i + col];
    let v434: f32 = v429 * l74;
    acc0_0 += v434;
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
    let l418_1: f32 = t416[row / 256i * 4096i + row / 64i % 4i * 16i + row % 64i * 64i + col_1];
    let l85_1: f32 = p_layers_0_attn_norm_g_1[col_1];
    let v429_1: f32 = l418_1 * l85_1;
    let l82: f32 = t81[row];
    let v433: f32 = v429_1 * l82;
    let l81: f32 = t81[row];
    let v436: f32 = l81 * l81;
    let v437: f32 = l81 * v436;
    let v438: f32 = v437 * -0.5f;
    let v439: f32 = r0_0 * v438;
    let v440: f32 = v439 * 0.0625f;
    let l74_1: f32 = t71[row / 64i * 16i + row % 64i * 1024i + col_1];
    let v442: f32 = v440 * l74_1;
    let v443: f32 = v433 + v442;
    let v444: f32 = v443 + v442;
    t444[row * 16i + col_1] = v444;
  }
}
