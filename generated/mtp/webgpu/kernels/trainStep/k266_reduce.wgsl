// kernel k266_reduce
@group(0) @binding(0) var<storage, read> t1304: array<f32>;
@group(0) @binding(1) var<storage, read> t59: array<f32>;
@group(0) @binding(2) var<storage, read> t66: array<f32>;
@group(0) @binding(3) var<storage, read_write> t1315: array<f32>;
var<workgroup> partial0: array<f32, 64>;
@compute @workgroup_size(64, 1, 1)
fn k266_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  var acc0_0: f32 = 0.0f;
  for (var col: i32 = lid; col < 64i; col += 64i) {
    let l1304: f32 = t1304[row * 64i + col];
    let l59: f32 = t59[row * 64i + col];
    let v1309: f32 = l1304 * l59;
    acc0_0 += v1309;
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
  if (lid == 0i) {
    let l66: f32 = t66[row];
    let v1311: f32 = l66 * l66;
    let v1312: f32 = l66 * v1311;
    let v1313: f32 = v1312 * -0.5f;
    let v1314: f32 = r0_0 * v1313;
    let v1315: f32 = v1314 * 0.015625f;
    t1315[row] = v1315;
  }
}
