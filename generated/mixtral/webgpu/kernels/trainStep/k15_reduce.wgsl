// kernel k15_reduce (compiler/std/functional.loom:21:25)
@group(0) @binding(0) var<storage, read> t112: array<f32>;
@group(0) @binding(1) var<storage, read> t756: array<f32>;
@group(0) @binding(2) var<storage, read_write> t130: array<f32>;
@group(0) @binding(3) var<storage, read_write> t766: array<f32>;
var<workgroup> partial0: array<f32, 8>;
@compute @workgroup_size(8, 1, 1)
fn k15_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  var acc0_0: f32 = -0x1.fffffep+127f;
  for (var col: i32 = lid; col < 8i; col += 8i) {
    let l112: f32 = t112[row * 8i + col];
    acc0_0 = max(acc0_0, l112);
  }
  partial0[lid] = acc0_0;
  workgroupBarrier();
  if (lid < 4i) {
    partial0[lid] = max(partial0[lid], partial0[lid + 4i]);
  }
  workgroupBarrier();
  if (lid < 2i) {
    partial0[lid] = max(partial0[lid], partial0[lid + 2i]);
  }
  workgroupBarrier();
  if (lid < 1i) {
    partial0[lid] = max(partial0[lid], partial0[lid + 1i]);
  }
  workgroupBarrier();
  let r0_0: f32 = partial0[0i];
  workgroupBarrier();
  var acc1_0: f32 = 0.0f;
  for (var col_1: i32 = lid; col_1 < 8i; col_1 += 8i) {
    let l112_1: f32 = t112[row * 8i + col_1];
    let v126: f32 = l112_1 - r0_0;
    let v127: f32 = exp(v126);
    acc1_0 += v127;
  }
  partial0[lid] = acc1_0;
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
  workgroupBarrier();
  var acc2_0: f32 = 0.0f;
  for (var col_2: i32 = lid; col_2 < 8i; col_2 += 8i) {
    let l758: f32 = t756[col_2];
    let l112_2: f32 = t112[row * 8i + col_2];
    let v126_1: f32 = l112_2 - r0_0;
    let v127_1: f32 = exp(v126_1);
    let v130: f32 = v127_1 / r1_0;
    let v760: f32 = l758 * v130;
    let v761: f32 = v760 / r1_0;
    let v762: f32 = -v761;
    t130[row * 8i + col_2] = v130;
    acc2_0 += v762;
  }
  partial0[lid] = acc2_0;
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
  let r2_0: f32 = partial0[0i];
  for (var col_3: i32 = lid; col_3 < 8i; col_3 += 8i) {
    let l758_1: f32 = t756[col_3];
    let v759: f32 = l758_1 / r1_0;
    let v765: f32 = v759 + r2_0;
    let l112_3: f32 = t112[row * 8i + col_3];
    let v126_2: f32 = l112_3 - r0_0;
    let v127_2: f32 = exp(v126_2);
    let v766: f32 = v765 * v127_2;
    t766[row * 8i + col_3] = v766;
  }
}
