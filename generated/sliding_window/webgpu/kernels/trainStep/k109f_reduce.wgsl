// kernel k109f_reduce
@group(0) @binding(0) var<storage, read> t536: array<f32>;
@group(0) @binding(1) var<storage, read> t523: array<f32>;
@group(0) @binding(2) var<storage, read> t525: array<f32>;
@group(0) @binding(3) var<storage, read> t529: array<f32>;
@group(0) @binding(4) var<storage, read> t533: array<f32>;
@group(0) @binding(5) var<storage, read> t541: array<f32>;
@group(0) @binding(6) var<storage, read> t545: array<f32>;
@group(0) @binding(7) var<storage, read_write> t547: array<f32>;
var<workgroup> partial0: array<f32, 64>;
@compute @workgroup_size(64, 1, 1)
fn k109f_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  var acc0_0: f32 = 0.0f;
  for (var col: i32 = lid; col < 64i; col += 64i) {
    let x536: f32 = t536[col];
    acc0_0 += x536;
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
    let x523: f32 = t523[0i];
    let l526: f32 = t525[0i];
    let v527: f32 = x523 + l526;
    let l530: f32 = t529[0i];
    let v531: f32 = v527 + l530;
    let l534: f32 = t533[0i];
    let v535: f32 = v531 + l534;
    let v539: f32 = v535 + r0_0;
    let l542: f32 = t541[0i];
    let v543: f32 = v539 + l542;
    let l546: f32 = t545[0i];
    let v547: f32 = v543 + l546;
    t547[0i] = v547;
  }
}
