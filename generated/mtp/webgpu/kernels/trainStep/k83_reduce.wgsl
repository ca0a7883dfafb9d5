// kernel k83_reduce (compiler/std/nn.loom:32:57)
@group(0) @binding(0) var<storage, read> t483: array<f32>;
@group(0) @binding(1) var<storage, read_write> t492: array<f32>;
@group(0) @binding(2) var<storage, read> p_norm_g: array<f32>;
@group(0) @binding(3) var<storage, read_write> t495: array<f32>;
@group(0) @binding(4) var<storage, read_write> t490: array<f32>;
var<workgroup> partial0: array<f32, 64>;
@compute @workgroup_size(64, 1, 1)
fn k83_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  var acc0_0: f32 = 0.0f;
  for (var col: i32 = lid; col < 64i; col += 64i) {
    let l483: f32 = t483[row * 64i + col];
    let v484: f32 = l483 * l483;
    acc0_0 += v484;
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
    let l483_1: f32 = t483[row * 64i + col_1];
    let v487: f32 = r0_0 * 0.015625f;
    let v489: f32 = v487 + 0.00001f;
    let v490: f32 = inverseSqrt(v489);
    let v492: f32 = l483_1 * v490;
    t492[row * 64i + col_1] = v492;
    let l494: f32 = p_norm_g[col_1];
    let v495: f32 = v492 * l494;
    t495[row * 64i + col_1] = v495;
  }
  if (lid == 0i) {
    let v487_1: f32 = r0_0 * 0.015625f;
    let v489_1: f32 = v487_1 + 0.00001f;
    let v490_1: f32 = inverseSqrt(v489_1);
    t490[row] = v490_1;
  }
}
