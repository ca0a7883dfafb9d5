// kernel k115_reduce
@group(0) @binding(0) var<storage, read> t547: array<f32>;
@group(0) @binding(1) var<storage, read> p_layers_0_attn_norm_g_1: array<f32>;
@group(0) @binding(2) var<storage, read> t127: array<f32>;
@group(0) @binding(3) var<storage, read> t135: array<f32>;
@group(0) @binding(4) var<storage, read_write> t575: array<f32>;
var<workgroup> partial0: array<f32, 16>;
@compute @workgroup_size(16, 1, 1)
fn k115_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  var acc0_0: f32 = 0.0f;
  for (var col: i32 = lid; col < 16i; col += 16i) {
    let l549: f32 = t547[row / 256i * 4096i + row / 64i % 4i * 16i + row % 64i * 64i + col];
    let l139: f32 = p_layers_0_attn_norm_g_1[col];
    let v560: f32 = l549 * l139;
    let l128: f32 = t127[row * 16i + col];
    let v565: f32 = v560 * l128;
    acc0_0 += v565;
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
    let l549_1: f32 = t547[row / 256i * 4096i + row / 64i % 4i * 16i + row % 64i * 64i + col_1];
    let l139_1: f32 = p_layers_0_attn_norm_g_1[col_1];
    let v560_1: f32 = l549_1 * l139_1;
    let l136: f32 = t135[row];
    let v564: f32 = v560_1 * l136;
    let l135: f32 = t135[row];
    let v567: f32 = l135 * l135;
    let v568: f32 = l135 * v567;
    let v569: f32 = v568 * -0.5f;
    let v570: f32 = r0_0 * v569;
    let v571: f32 = v570 * 0.0625f;
    let l128_1: f32 = t127[row * 16i + col_1];
    let v573: f32 = v571 * l128_1;
    let v574: f32 = v564 + v573;
    let v575: f32 = v574 + v573;
    t575[row * 16i + col_1] = v575;
  }
}
