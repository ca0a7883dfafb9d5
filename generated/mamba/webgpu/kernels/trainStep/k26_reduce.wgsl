// kernel k26_reduce
@group(0) @binding(0) var<storage, read> t200: array<f32>;
@group(0) @binding(1) var<storage, read> t154: array<f32>;
@group(0) @binding(2) var<storage, read> t159: array<f32>;
@group(0) @binding(3) var<storage, read_write> t216: array<f32>;
var<workgroup> partial0: array<f32, 64>;
@compute @workgroup_size(64, 1, 1)
fn k26_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  var acc0_0: f32 = 0.0f;
  for (var col: i32 = lid; col < 64i; col += 64i) {
    let l200: f32 = t200[row * 64i + col];
    let l154: f32 = t154[row * 64i + col];
    let v205: f32 = l200 * l154;
    acc0_0 += v205;
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
    let l200_1: f32 = t200[row * 64i + col_1];
    let l160: f32 = t159[row];
    let v204: f32 = l200_1 * l160;
    let l159: f32 = t159[row];
    let v207: f32 = l159 * l159;
    let v208: f32 = l159 * v207;
    let v210: f32 = v208 * -0.5f;
    let v211: f32 = r0_0 * v210;
    let v212: f32 = v211 * 0.015625f;
    let l154_1: f32 = t154[row * 64i + col_1];
    let v214: f32 = v212 * l154_1;
    let v215: f32 = v204 + v214;
    let v216: f32 = v215 + v214;
    t216[row * 64i + col_1] = v216;
  }
}
