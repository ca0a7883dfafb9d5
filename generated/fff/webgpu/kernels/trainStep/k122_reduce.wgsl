// kernel k122_reduce
@group(0) @binding(0) var<storage, read> t604: array<f32>;
@group(0) @binding(1) var<storage, read> t217: array<f32>;
@group(0) @binding(2) var<storage, read> t222: array<f32>;
@group(0) @binding(3) var<storage, read> t570: array<f32>;
@group(0) @binding(4) var<storage, read_write> t625: array<f32>;
var<workgroup> partial0: array<f32, 64>;
@compute @workgroup_size(64, 1, 1)
fn k122_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  var acc0_0: f32 = 0.0f;
  for (var col: i32 = lid; col < 64i; col += 64i) {
    let l604: f32 = t604[row * 64i + col];
    let l217: f32 = t217[row * 64i + col];
    let v609: f32 = l604 * l217;
    acc0_0 += v609;
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
  workgroupBarrier();
  var acc1_0: f32 = 0.0f;
  for (var col_1: i32 = lid; col_1 < 64i; col_1 += 64i) {
    let l604_1: f32 = t604[row * 64i + col_1];
    let l223: f32 = t222[row];
    let v608: f32 = l604_1 * l223;
    let l222: f32 = t222[row];
    let v611: f32 = l222 * l222;
    let v612: f32 = l222 * v611;
    let v613: f32 = v612 * -0.5f;
    let v614: f32 = r0_0 * v613;
    let v615: f32 = v614 * 0.015625f;
    let l217_1: f32 = t217[row * 64i + col_1];
    let v617: f32 = v615 * l217_1;
    let v618: f32 = v608 + v617;
    let v619: f32 = v618 + v617;
    let v620: f32 = -v619;
    acc1_0 += v620;
  }
  partial0[lid] = acc1_0;
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
  let r1_0: f32 = partial0[0i];
  for (var col_2: i32 = lid; col_2 < 64i; col_2 += 64i) {
    let l570: f32 = t570[row * 64i + col_2];
    let l604_2: f32 = t604[row * 64i + col_2];
    let l223_1: f32 = t222[row];
    let v608_1: f32 = l604_2 * l223_1;
    let l222_1: f32 = t222[row];
    let v611_1: f32 = l222_1 * l222_1;
    let v612_1: f32 = l222_1 * v611_1;
    let v613_1: f32 = v612_1 * -0.5f;
    let v614_1: f32 = r0_0 * v613_1;
    let v615_1: f32 = v614_1 * 0.015625f;
    let l217_2: f32 = t217[row * 64i + col_2];
    let v617_1: f32 = v615_1 * l217_2;
    let v618_1: f32 = v608_1 + v617_1;
    let v619_1: f32 = v618_1 + v617_1;
    let v624: f32 = l570 + v619_1;
    let v622: f32 = r1_0 * 0.015625f;
    let v625: f32 = v624 + v622;
    t625[row * 64i + col_2] = v625;
  }
}
