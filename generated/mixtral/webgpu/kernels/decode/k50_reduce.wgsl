// kernel k50_reduce (compiler/std/functional.loom:21:25)
@group(0) @binding(0) var<storage, read> t272: array<f32>;
@group(0) @binding(1) var<storage, read_write> t280: array<f32>;
var<workgroup> partial0: array<f32, 2>;
@compute @workgroup_size(2, 1, 1)
fn k50_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  var acc0_0: f32 = -0x1.fffffep+127f;
  for (var col: i32 = lid; col < 2i; col += 2i) {
    let l272: f32 = t272[col];
    acc0_0 = max(acc0_0, l272);
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
    let l272_1: f32 = t272[col_1];
    let v276: f32 = l272_1 - r0_0;
    let v277: f32 = exp(v276);
    acc1_0 += v277;
  }
  partial0[lid] = acc1_0;
  workgroupBarrier();
  if (lid < 1i) {
    partial0[lid] = partial0[lid] + partial0[lid + 1i];
  }
  workgroupBarrier();
  let r1_0: f32 = partial0[0i];
  for (var col_2: i32 = lid; col_2 < 2i; col_2 += 2i) {
    let l272_2: f32 = t272[col_2];
    let v276_1: f32 = l272_2 - r0_0;
    let v277_1: f32 = exp(v276_1);
    let v280: f32 = v277_1 / r1_0;
    t280[col_2] = v280;
  }
}
