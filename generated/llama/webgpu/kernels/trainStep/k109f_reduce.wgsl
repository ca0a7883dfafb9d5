// kernel k109f_reduce
@group(0) @binding(0) var<storage, read> t524: array<f32>;
@group(0) @binding(1) var<storage, read> t511: array<f32>;
@group(0) @binding(2) var<storage, read> t513: array<f32>;
@group(0) @binding(3) var<storage, read> t517: array<f32>;
@group(0) @binding(4) var<storage, read> t521: array<f32>;
@group(0) @binding(5) var<storage, read> t529: array<f32>;
@group(0) @binding(6) var<storage, read> t533: array<f32>;
@group(0) @binding(7) var<storage, read_write> t535: array<f32>;
var<workgroup> partial0: array<f32, 64>;
@compute @workgroup_size(64, 1, 1)
fn k109f_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  var acc0_0: f32 = 0.0f;
  for (var col: i32 = lid; col < 64i; col += 64i) {
    let x524: f32 = t524[col];
    acc0_0 += x524;
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
    let x511: f32 = t511[0i];
    let l514: f32 = t513[0i];
    let v515: f32 = x511 + l514;
    let l518: f32 = t517[0i];
    let v519: f32 = v515 + l518;
    let l522: f32 = t521[0i];
    let v523: f32 = v519 + l522;
    let v527: f32 = v523 + r0_0;
    let l530: f32 = t529[0i];
    let v531: f32 = v527 + l530;
    let l534: f32 = t533[0i];
    let v535: f32 = v531 + l534;
    t535[0i] = v535;
  }
}
