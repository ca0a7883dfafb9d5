// kernel k55a_reduce (compiler/std/moe.loom:84:51)
@group(0) @binding(0) var<storage, read> t314: array<f32>;
@group(0) @binding(1) var<storage, read_write> t319: array<f32>;
@group(0) @binding(2) var<storage, read_write> t321: array<f32>;
@group(0) @binding(3) var<storage, read_write> t603: array<f32>;
var<workgroup> partial0: array<f32, 256>;
@compute @workgroup_size(256, 1, 1)
fn k55a_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  var acc0_0: f32 = 0.0f;
  for (var col: i32 = lid; col < 2048i; col += 256i) {
    let l316: f32 = t314[col];
    let l147: f32 = f32(row);
    let v317: bool = l316 == l147;
    let v318: f32 = f32(v317);
    acc0_0 += v318;
  }
  partial0[lid] = acc0_0;
  workgroupBarrier();
  if (lid < 128i) {
    partial0[lid] = partial0[lid] + partial0[lid + 128i];
  }
  workgroupBarrier();
  if (lid < 64i) {
    partial0[lid] = partial0[lid] + partial0[lid + 64i];
  }
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
    t319[row] = r0_0;
    let v321: f32 = r0_0 / 2048.0f;
    t321[row] = v321;
    let v602: f32 = 0.0008f * v321;
    let v603: f32 = v602 * 0.0009765625f;
    t603[row] = v603;
  }
}
