// kernel k84_reduce
@group(0) @binding(0) var<storage, read> t433: array<f32>;
@group(0) @binding(1) var<storage, read> t163: array<f32>;
@group(0) @binding(2) var<storage, read> t168: array<f32>;
@group(0) @binding(3) var<storage, read_write> t448: array<f32>;
var<workgroup> partial0: array<f32, 32>;
@compute @workgroup_size(32, 1, 1)
fn k84_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  var acc0_0: f32 = 0.0f;
  for (var col: i32 = lid; col < 32i; col += 32i) {
    let l433: f32 = t433[row * 32i + col];
    let l163: f32 = t163[row * 32i + col];
    let v438: f32 = l433 * l163;
    acc0_0 += v438;
  }
  partial0[lid] = acc0_0;
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
  for (var col_1: i32 = lid; col_1 < 32i; col_1 += 32i) {
    let l433_1: f32 = t433[row * 32i + col_1];
    let l169: f32 = t168[row];
    let v437: f32 = l433_1 * l169;
    let l168: f32 = t168[row];
    let v440: f32 = l168 * l168;
    let v441: f32 = l168 * v440;
    let v442: f32 = v441 * -0.5f;
    let v443: f32 = r0_0 * v442;
    let v444: f32 = v443 * 0.03125f;
    let l163_1: f32 = t163[row * 32i + col_1];
    let v446: f32 = v444 * l163_1;
    let v447: f32 = v437 + v446;
    let v448: f32 = v447 + v446;
    t448[row * 32i + col_1] = v448;
  }
}
