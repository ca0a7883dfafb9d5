// kernel k10_reduce (compiler/std/functional.loom:21:25)
@group(0) @binding(0) var<storage, read> t104: array<f32>;
@group(0) @binding(1) var<storage, read_write> t108: array<f32>;
@group(0) @binding(2) var<storage, read_write> t111: array<f32>;
@group(0) @binding(3) var<storage, read_write> t109: array<f32>;
var<workgroup> partial0: array<f32, 64>;
@compute @workgroup_size(64, 1, 1)
fn k10_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  var acc0_0: f32 = -0x1.fffffep+127f;
  for (var col: i32 = lid; col < 64i; col += 64i) {
    let l104: f32 = t104[row * 64i + col];
    acc0_0 = max(acc0_0, l104);
  }
  partial0[lid] = acc0_0;
  workgroupBarrier();
  if (lid < 32i) {
    partial0[lid] = max(partial0[lid], partial0[lid + 32i]);
  }
  workgroupBarrier();
  if (lid < 16i) {
    partial0[lid] = max(partial0[lid], partial0[lid + 16i]);
  }
  workgroupBarrier();
  if (lid < 8i) {
    partial0[lid] = max(partial0[lid], partial0[lid + 8i]);
  }
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
  for (var col_1: i32 = lid; col_1 < 64i; col_1 += 64i) {
    let l104_1: f32 = t104[row * 64i + col_1];
    let v107: f32 = l104_1 - r0_0;
    let v108: f32 = exp(v107);
    acc1_0 += v108;
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
    let l104_2: f32 = t104[row * 64i + col_2];
    let v107_1: f32 = l104_2 - r0_0;
    let v108_1: f32 = exp(v107_1);
    t108[row * 64i + col_2] = v108_1;
    let v111: f32 = v108_1 / r1_0;
    t111[row * 64i + col_2] = v111;
  }
  if (lid == 0i) {
    t109[row] = r1_0;
  }
}
