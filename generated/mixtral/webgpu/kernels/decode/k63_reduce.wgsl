// kernel k63_reduce (dsl-examples/mixtral.loom:18:12)
@group(0) @binding(0) var<storage, read> t260: array<f32>;
@group(0) @binding(1) var<storage, read> t321: array<f32>;
@group(0) @binding(2) var<storage, read> p_norm_g: array<f32>;
@group(0) @binding(3) var<storage, read_write> t332: array<f32>;
var<workgroup> partial0: array<f32, 64>;
@compute @workgroup_size(64, 1, 1)
fn k63_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  var acc0_0: f32 = 0.0f;
  for (var col: i32 = lid; col < 64i; col += 64i) {
    let l260: f32 = t260[col];
    let l322: f32 = t321[col];
    let v323: f32 = l260 + l322;
    let v324: f32 = v323 * v323;
    acc0_0 += v324;
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
    let l260_1: f32 = t260[col_1];
    let l322_1: f32 = t321[col_1];
    let v323_1: f32 = l260_1 + l322_1;
    let v326: f32 = r0_0 * 0.015625f;
    let v327: f32 = v326 + 0.00001f;
    let v328: f32 = inverseSqrt(v327);
    let v330: f32 = v323_1 * v328;
    let l331: f32 = p_norm_g[col_1];
    let v332: f32 = v330 * l331;
    t332[col_1] = v332;
  }
}
