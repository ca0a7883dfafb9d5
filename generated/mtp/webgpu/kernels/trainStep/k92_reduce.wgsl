// kernel k92_reduce
@group(0) @binding(0) var<storage, read> t652: array<f32>;
@group(0) @binding(1) var<storage, read> t483: array<f32>;
@group(0) @binding(2) var<storage, read> t490: array<f32>;
@group(0) @binding(3) var<storage, read_write> t668: array<f32>;
var<workgroup> partial0: array<f32, 64>;
@compute @workgroup_size(64, 1, 1)
fn k92_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  var acc0_0: f32 = 0.0f;
  for (var col: i32 = lid; col < 64i; col += 64i) {
    let l652: f32 = t652[row * 64i + col];
    let l483: f32 = t483[row * 64i + col];
    let v657: f32 = l652 * l483;
    acc0_0 += v657;
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
    let l652_1: f32 = t652[row * 64i + col_1];
    let l491: f32 = t490[row];
    let v656: f32 = l652_1 * l491;
    let l490: f32 = t490[row];
    let v659: f32 = l490 * l490;
    let v660: f32 = l490 * v659;
    let v662: f32 = v660 * -0.5f;
    let v663: f32 = r0_0 * v662;
    let v664: f32 = v663 * 0.015625f;
    let l483_1: f32 = t483[row * 64i + col_1];
    let v666: f32 = v664 * l483_1;
    let v667: f32 = v656 + v666;
    let v668: f32 = v667 + v666;
    t668[row * 64i + col_1] = v668;
  }
}
