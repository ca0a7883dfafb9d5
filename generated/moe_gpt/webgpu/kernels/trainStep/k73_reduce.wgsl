// kernel k73_reduce (compiler/std/nn.loom:32:57)
@group(0) @binding(0) var<storage, read> t367: array<f32>;
@group(0) @binding(1) var<storage, read_write> t374: array<f32>;
@group(0) @binding(2) var<storage, read> p_norm_g: array<f32>;
@group(0) @binding(3) var<storage, read_write> t377: array<f32>;
@group(0) @binding(4) var<storage, read_write> t372: array<f32>;
var<workgroup> partial0: array<f32, 64>;
@compute @workgroup_size(64, 1, 1)
fn k73_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  var acc0_0: f32 = 0.0f;
  for (var col: i32 = lid; col < 64i; col += 64i) {
    let l367: f32 = t367[row * 64i + col];
    let v368: f32 = l367 * l367;
    acc0_0 += v368;
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
    let l367_1: f32 = t367[row * 64i + col_1];
    let v370: f32 = r0_0 * 0.015625f;
    let v371: f32 = v370 + 0.00001f;
    let v372: f32 = inverseSqrt(v371);
    let v374: f32 = l367_1 * v372;
    t374[row * 64i + col_1] = v374;
    let l376: f32 = p_norm_g[col_1];
    let v377: f32 = v374 * l376;
    t377[row * 64i + col_1] = v377;
  }
  if (lid == 0i) {
    let v370_1: f32 = r0_0 * 0.015625f;
    let v371_1: f32 = v370_1 + 0.00001f;
    let v372_1: f32 = inverseSqrt(v371_1);
    t372[row] = v372_1;
  }
}
