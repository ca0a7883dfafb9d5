// kernel k102_reduce
@group(0) @binding(0) var<storage, read> t511: array<f32>;
@group(0) @binding(1) var<storage, read> t282: array<f32>;
@group(0) @binding(2) var<storage, read> t617: array<f32>;
@group(0) @binding(3) var<storage, read> t450: array<f32>;
@group(0) @binding(4) var<storage, read> t287: array<f32>;
@group(0) @binding(5) var<storage, read_write> t527: array<f32>;
@group(0) @binding(6) var<storage, read_write> t629: array<f32>;
var<workgroup> partial0: array<f32, 64>;
var<workgroup> partial1: array<f32, 64>;
@compute @workgroup_size(64, 1, 1)
fn k102_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  var acc0_0: f32 = 0.0f;
  var acc0_1: f32 = 0.0f;
  for (var col: i32 = lid; col < 64i; col += 64i) {
    let l511: f32 = t511[row * 64i + col];
    let l282: f32 = t282[row * 64i + col];
    let v516: f32 = l511 * l282;
    let l617: f32 = t617[row * 64i + col];
    let v622: f32 = l617 * l282;
    acc0_0 += v516;
    acc0_1 += v622;
  }
  partial0[lid] = acc0_0;
  partial1[lid] = acc0_1;
  workgroupBarrier();
  if (lid < 32i) {
    partial0[lid] = partial0[lid] + partial0[lid + 32i];
    partial1[lid] = partial1[lid] + partial1[lid + 32i];
  }
  workgroupBarrier();
  if (lid < 16i) {
    partial0[lid] = partial0[lid] + partial0[lid + 16i];
    partial1[lid] = partial1[lid] + partial1[lid + 16i];
  }
  workgroupBarrier();
  if (lid < 8i) {
    partial0[lid] = partial0[lid] + partial0[lid + 8i];
    partial1[lid] = partial1[lid] + partial1[lid + 8i];
  }
  workgroupBarrier();
  if (lid < 4i) {
    partial0[lid] = partial0[lid] + partial0[lid + 4i];
    partial1[lid] = partial1[lid] + partial1[lid + 4i];
  }
  workgroupBarrier();
  if (lid < 2i) {
    partial0[lid] = partial0[lid] + partial0[lid + 2i];
    partial1[lid] = partial1[lid] + partial1[lid + 2i];
  }
  workgroupBarrier();
  if (lid < 1i) {
    partial0[lid] = partial0[lid] + partial0[lid + 1i];
    partial1[lid] = partial1[lid] + partial1[lid + 1i];
  }
  workgroupBarrier();
  let r0_0: f32 = partial0[0i];
  let r0_1: f32 = partial1[0i];
  for (var col_1: i32 = lid; col_1 < 64i; col_1 += 64i) {
    let l450: f32 = t450[row * 64i + col_1];
    let l511_1: f32 = t511[row * 64i + col_1];
    let l288: f32 = t287[row];
    let v515: f32 = l511_1 * l288;
    let v525: f32 = l450 + v515;
    let l287: f32 = t287[row];
    let v518: f32 = l287 * l287;
    let v519: f32 = l287 * v518;
    let v520: f32 = v519 * -0.5f;
    let v521: f32 = r0_0 * v520;
    let v522: f32 = v521 * 0.015625f;
    let l282_1: f32 = t282[row * 64i + col_1];
    let v524: f32 = v522 * l282_1;
    let v526: f32 = v525 + v524;
    let v527: f32 = v526 + v524;
    t527[row * 64i + col_1] = v527;
    let l617_1: f32 = t617[row * 64i + col_1];
    let v621: f32 = l617_1 * l288;
    let v624: f32 = r0_1 * v520;
    let v625: f32 = v624 * 0.015625f;
    let v627: f32 = v625 * l282_1;
    let v628: f32 = v621 + v627;
    let v629: f32 = v628 + v627;
    t629[row * 64i + col_1] = v629;
  }
}
