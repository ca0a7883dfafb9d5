// kernel k109f_reduce
@group(0) @binding(0) var<storage, read> t526: array<f32>;
@group(0) @binding(1) var<storage, read> t513: array<f32>;
@group(0) @binding(2) var<storage, read> t515: array<f32>;
@group(0) @binding(3) var<storage, read> t519: array<f32>;
@group(0) @binding(4) var<storage, read> t523: array<f32>;
@group(0) @binding(5) var<storage, read> t531: array<f32>;
@group(0) @binding(6) var<storage, read> t535: array<f32>;
@group(0) @binding(7) var<storage, read_write> t537: array<f32>;
var<workgroup> partial0: array<f32, 64>;
@compute @workgroup_size(64, 1, 1)
fn k109f_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  var acc0_0: f32 = 0.0f;
  for (var col: i32 = lid; col < 64i; col += 64i) {
    let x526: f32 = t526[col];
    acc0_0 += x526;
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
    let x513: f32 = t513[0i];
    let l516: f32 = t515[0i];
    let v517: f32 = x513 + l516;
    let l520: f32 = t519[0i];
    let v521: f32 = v517 + l520;
    let l524: f32 = t523[0i];
    let v525: f32 = v521 + l524;
    let v529: f32 = v525 + r0_0;
    let l532: f32 = t531[0i];
    let v533: f32 = v529 + l532;
    let l536: f32 = t535[0i];
    let v537: f32 = v533 + l536;
    t537[0i] = v537;
  }
}
