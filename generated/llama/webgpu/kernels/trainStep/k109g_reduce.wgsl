// kernel k109g_reduce
@group(0) @binding(0) var<storage, read> t544: array<f32>;
@group(0) @binding(1) var<storage, read> t535: array<f32>;
@group(0) @binding(2) var<storage, read> t537: array<f32>;
@group(0) @binding(3) var<storage, read> t541: array<f32>;
@group(0) @binding(4) var<storage, read> t549: array<f32>;
@group(0) @binding(5) var<storage, read> t553: array<f32>;
@group(0) @binding(6) var<storage, read> t557: array<f32>;
@group(0) @binding(7) var<storage, read_write> t559: array<f32>;
var<workgroup> partial0: array<f32, 64>;
@compute @workgroup_size(64, 1, 1)
fn k109g_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  var acc0_0: f32 = 0.0f;
  for (var col: i32 = lid; col < 64i; col += 64i) {
    let x544: f32 = t544[col];
    acc0_0 += x544;
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
    let x535: f32 = t535[0i];
    let l538: f32 = t537[0i];
    let v539: f32 = x535 + l538;
    let l542: f32 = t541[0i];
    let v543: f32 = v539 + l542;
    let v547: f32 = v543 + r0_0;
    let l550: f32 = t549[0i];
    let v551: f32 = v547 + l550;
    let l554: f32 = t553[0i];
    let v555: f32 = v551 + l554;
    let l558: f32 = t557[0i];
    let v559: f32 = v555 + l558;
    t559[0i] = v559;
  }
}
