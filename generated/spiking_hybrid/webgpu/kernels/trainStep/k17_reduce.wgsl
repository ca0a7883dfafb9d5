// kernel k17_reduce (compiler/std/nn.loom:32:57)
@group(0) @binding(0) var<storage, read> t98: array<f32>;
@group(0) @binding(1) var<storage, read_write> t105: array<f32>;
@group(0) @binding(2) var<storage, read> p_layers_0_norm2_g: array<f32>;
@group(0) @binding(3) var<storage, read_write> t108: array<f32>;
@group(0) @binding(4) var<storage, read_write> t103: array<f32>;
var<workgroup> partial0: array<f32, 64>;
@compute @workgroup_size(64, 1, 1)
fn k17_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  var acc0_0: f32 = 0.0f;
  for (var col: i32 = lid; col < 64i; col += 64i) {
    let l98: f32 = t98[row * 64i + col];
    let v99: f32 = l98 * l98;
    acc0_0 += v99;
  }
  partial0[lid] = acc0_0;
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
  for (var col_1: i32 = lid; col_1 < 64i; col_1 += 64i) {
    let l98_1: f32 = t98[row * 64i + col_1];
    let v101: f32 = r0_0 * 0.015625f;
    let v102: f32 = v101 + 0.00001f;
    let v103: f32 = inverseSqrt(v102);
    let v105: f32 = l98_1 * v103;
    t105[row * 64i + col_1] = v105;
    let l107: f32 = p_layers_0_norm2_g[col_1];
    let v108: f32 = v105 * l107;
    t108[row * 64i + col_1] = v108;
  }
  if (lid == 0i) {
    let v101_1: f32 = r0_0 * 0.015625f;
    let v102_1: f32 = v101_1 + 0.00001f;
    let v103_1: f32 = inverseSqrt(v102_1);
    t103[row] = v103_1;
  }
}
