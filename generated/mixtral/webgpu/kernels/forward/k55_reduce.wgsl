// kernel k55_reduce (dsl-examples/mixtral.loom:18:12)
@group(0) @binding(0) var<storage, read> t220: array<f32>;
@group(0) @binding(1) var<storage, read> t282: array<f32>;
@group(0) @binding(2) var<storage, read> p_norm_g: array<f32>;
@group(0) @binding(3) var<storage, read_write> t294: array<f32>;
var<workgroup> partial0: array<f32, 64>;
@compute @workgroup_size(64, 1, 1)
fn k55_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  var acc0_0: f32 = 0.0f;
  for (var col: i32 = lid; col < 64i; col += 64i) {
    let l220: f32 = t220[row * 64i + col];
    let l283: f32 = t282[row * 64i + col];
    let v284: f32 = l220 + l283;
    let v285: f32 = v284 * v284;
    acc0_0 += v285;
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
    let l220_1: f32 = t220[row * 64i + col_1];
    let l283_1: f32 = t282[row * 64i + col_1];
    let v284_1: f32 = l220_1 + l283_1;
    let v287: f32 = r0_0 * 0.015625f;
    let v288: f32 = v287 + 0.00001f;
    let v289: f32 = inverseSqrt(v288);
    let v291: f32 = v284_1 * v289;
    let l293: f32 = p_norm_g[col_1];
    let v294: f32 = v291 * l293;
    t294[row * 64i + col_1] = v294;
  }
}
