// kernel k104_reduce
@group(0) @binding(0) var<storage, read> t531: array<f32>;
@group(0) @binding(1) var<storage, read> t181: array<f32>;
@group(0) @binding(2) var<storage, read> t392: array<f32>;
@group(0) @binding(3) var<storage, read> t186: array<f32>;
@group(0) @binding(4) var<storage, read_write> t547: array<f32>;
var<workgroup> partial0: array<f32, 64>;
@compute @workgroup_size(64, 1, 1)
fn k104_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  var acc0_0: f32 = 0.0f;
  for (var col: i32 = lid; col < 64i; col += 64i) {
    let l531: f32 = t531[row * 64i + col];
    let l181: f32 = t181[row * 64i + col];
    let v536: f32 = l531 * l181;
    acc0_0 += v536;
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
    let l392: f32 = t392[row * 64i + col_1];
    let l531_1: f32 = t531[row * 64i + col_1];
    let l187: f32 = t186[row];
    let v535: f32 = l531_1 * l187;
    let v545: f32 = l392 + v535;
    let l186: f32 = t186[row];
    let v538: f32 = l186 * l186;
    let v539: f32 = l186 * v538;
    let v540: f32 = v539 * -0.5f;
    let v541: f32 = r0_0 * v540;
    let v542: f32 = v541 * 0.015625f;
    let l181_1: f32 = t181[row * 64i + col_1];
    let v544: f32 = v542 * l181_1;
    let v546: f32 = v545 + v544;
    let v547: f32 = v546 + v544;
    t547[row * 64i + col_1] = v547;
  }
}
