// kernel k44_reduce (compiler/std/functional.loom:21:25)
@group(0) @binding(0) var<storage, read> t237: array<f32>;
@group(0) @binding(1) var<storage, read_write> t245: array<f32>;
var<workgroup> partial0: array<f32, 2>;
@compute @workgroup_size(2, 1, 1)
fn k44_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  var acc0_0: f32 = -0x1.fffffep+127f;
  for (var col: i32 = lid; col < 2i; col += 2i) {
    let l237: f32 = t237[row * 2i + col];
    acc0_0 = max(acc0_0, l237);
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
    let l237_1: f32 = t237[row * 2i + col_1];
    let v241: f32 = l237_1 - r0_0;
    let v242: f32 = exp(v241);
    acc1_0 += v242;
  }
  partial0[lid] = acc1_0;
  workgroupBarrier();
  if (lid < 1i) {
    partial0[lid] = partial0[lid] + partial0[lid + 1i];
  }
  workgroupBarrier();
  let r1_0: f32 = partial0[0i];
  for (var col_2: i32 = lid; col_2 < 2i; col_2 += 2i) {
    let l237_2: f32 = t237[row * 2i + col_2];
    let v241_1: f32 = l237_2 - r0_0;
    let v242_1: f32 = exp(v241_1);
    let v245: f32 = v242_1 / r1_0;
    t245[row * 2i + col_2] = v245;
  }
}
