// kernel k198j_reduce
@group(0) @binding(0) var<storage, read> t926: array<f32>;
@group(0) @binding(1) var<storage, read> t913: array<f32>;
@group(0) @binding(2) var<storage, read> t915: array<f32>;
@group(0) @binding(3) var<storage, read> t919: array<f32>;
@group(0) @binding(4) var<storage, read> t923: array<f32>;
@group(0) @binding(5) var<storage, read> t931: array<f32>;
@group(0) @binding(6) var<storage, read> t935: array<f32>;
@group(0) @binding(7) var<storage, read_write> t937: array<f32>;
var<workgroup> partial0: array<f32, 64>;
@compute @workgroup_size(64, 1, 1)
fn k198j_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  var acc0_0: f32 = 0.0f;
  for (var col: i32 = lid; col < 64i; col += 64i) {
    let x926: f32 = t926[col];
    acc0_0 += x926;
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
    let x913: f32 = t913[0i];
    let l916: f32 = t915[0i];
    let v917: f32 = x913 + l916;
    let l920: f32 = t919[0i];
    let v921: f32 = v917 + l920;
    let l924: f32 = t923[0i];
    let v925: f32 = v921 + l924;
    let v929: f32 = v925 + r0_0;
    let l932: f32 = t931[0i];
    let v933: f32 = v929 + l932;
    let l936: f32 = t935[0i];
    let v937: f32 = v933 + l936;
    t937[0i] = v937;
  }
}
