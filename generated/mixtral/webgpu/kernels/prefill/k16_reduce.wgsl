// kernel k16_reduce (compiler/std/functional.loom:21:25)
@group(0) @binding(0) var<storage, read> t114: array<f32>;
@group(0) @binding(1) var<storage, read_write> t122: array<f32>;
var<workgroup> partial0: array<f32, 2>;
@compute @workgroup_size(2, 1, 1)
fn k16_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  var acc0_0: f32 = -0x1.fffffep+127f;
  for (var col: i32 = lid; col < 2i; col += 2i) {
    let l114: f32 = t114[row * 2i + col];
    acc0_0 = max(acc0_0, l114);
  }
  partial0[lid] = acc0_0;
  workgroupBarrier();
  if (lid < 1i) {
    partial0[lid] = max(partial0[lid], partial0[lid + 1i]);
  }
  workgroupBarrier();
  let r0_0: f32 = partial0[0i];
  workgroupBarrier();
  var acc1_0: f32 = 0.0f;
  for (var col_1: i32 = lid; col_1 < 2i; col_1 += 2i) {
    let l114_1: f32 = t114[row * 2i + col_1];
    let v118: f32 = l114_1 - r0_0;
    let v119: f32 = exp(v118);
    acc1_0 += v119;
  }
  partial0[lid] = acc1_0;
  workgroupBarrier();
  if (lid < 1i) {
    partial0[lid] = partial0[lid] + partial0[lid + 1i];
  }
  workgroupBarrier();
  let r1_0: f32 = partial0[0i];
  for (var col_2: i32 = lid; col_2 < 2i; col_2 += 2i) {
    let l114_2: f32 = t114[row * 2i + col_2];
    let v118_1: f32 = l114_2 - r0_0;
    let v119_1: f32 = exp(v118_1);
    let v122: f32 = v119_1 / r1_0;
    t122[row * 2i + col_2] = v122;
  }
}
