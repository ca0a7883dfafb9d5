// kernel k1b_reduce (compiler/std/nn.loom:23:14)
@group(0) @binding(0) var<storage, read> t76: array<f32>;
@group(0) @binding(1) var<storage, read_write> t83: array<f32>;
@group(0) @binding(2) var<storage, read> p_blocks_0_ln1_g: array<f32>;
@group(0) @binding(3) var<storage, read> p_blocks_0_ln1_b: array<f32>;
@group(0) @binding(4) var<storage, read_write> t89: array<f32>;
@group(0) @binding(5) var<storage, read_write> t81: array<f32>;
var<workgroup> partial0: array<f32, 64>;
@compute @workgroup_size(64, 1, 1)
fn k1b_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  var acc0_0: f32 = 0.0f;
  for (var col: i32 = lid; col < 64i; col += 64i) {
    let x76: f32 = t76[row * 64i + col];
    let v77: f32 = x76 * x76;
    acc0_0 += v77;
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
    let x76_1: f32 = t76[row * 64i + col_1];
    let v79: f32 = r0_0 * 0.015625f;
    let v80: f32 = v79 + 0.00001f;
    let v81: f32 = inverseSqrt(v80);
    let v83: f32 = x76_1 * v81;
    t83[row * 64i + col_1] = v83;
    let l85: f32 = p_blocks_0_ln1_g[col_1];
    let v86: f32 = v83 * l85;
    let l88: f32 = p_blocks_0_ln1_b[col_1];
    let v89: f32 = v86 + l88;
    t89[row * 64i + col_1] = v89;
  }
  if (lid == 0i) {
    let v79_1: f32 = r0_0 * 0.015625f;
    let v80_1: f32 = v79_1 + 0.00001f;
    let v81_1: f32 = inverseSqrt(v80_1);
    t81[row] = v81_1;
  }
}
