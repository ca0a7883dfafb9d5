// kernel k140_reduce
@group(0) @binding(0) var<storage, read> t567: array<f32>;
@group(0) @binding(1) var<storage, read> t218: array<f32>;
@group(0) @binding(2) var<storage, read> t668: array<f32>;
@group(0) @binding(3) var<storage, read> t507: array<f32>;
@group(0) @binding(4) var<storage, read> t223: array<f32>;
@group(0) @binding(5) var<storage, read> t609: array<f32>;
@group(0) @binding(6) var<storage, read_write> t685: array<f32>;
var<workgroup> partial0: array<f32, 64>;
var<workgroup> partial1: array<f32, 64>;
@compute @workgroup_size(64, 1, 1)
fn k140_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  var acc0_0: f32 = 0.0f;
  var acc0_1: f32 = 0.0f;
  for (var col: i32 = lid; col < 64i; col += 64i) {
    let l567: f32 = t567[row * 64i + col];
    let l218: f32 = t218[row * 64i + col];
    let v572: f32 = l567 * l218;
    let l668: f32 = t668[row * 64i + col];
    let v673: f32 = l668 * l218;
    acc0_0 += v572;
    acc0_1 += v673;
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
    let l507: f32 = t507[row * 64i + col_1];
    let l567_1: f32 = t567[row * 64i + col_1];
    let l224: f32 = t223[row];
    let v571: f32 = l567_1 * l224;
    let v679: f32 = l507 + v571;
    let l223: f32 = t223[row];
    let v574: f32 = l223 * l223;
    let v575: f32 = l223 * v574;
    let v576: f32 = v575 * -0.5f;
    let v577: f32 = r0_0 * v576;
    let v578: f32 = v577 * 0.015625f;
    let l218_1: f32 = t218[row * 64i + col_1];
    let v580: f32 = v578 * l218_1;
    let v680: f32 = v679 + v580;
    let v681: f32 = v680 + v580;
    let l609: f32 = t609[row * 64i + col_1];
    let v682: f32 = v681 + l609;
    let l668_1: f32 = t668[row * 64i + col_1];
    let v672: f32 = l668_1 * l224;
    let v683: f32 = v682 + v672;
    let v675: f32 = r0_1 * v576;
    let v676: f32 = v675 * 0.015625f;
    let v678: f32 = v676 * l218_1;
    let v684: f32 = v683 + v678;
    let v685: f32 = v684 + v678;
    t685[row * 64i + col_1] = v685;
  }
}
