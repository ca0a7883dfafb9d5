// kernel k76_reduce
@group(0) @binding(0) var<storage, read> t439: array<f32>;
@group(0) @binding(1) var<storage, read> t111: array<f32>;
@group(0) @binding(2) var<storage, read> t109: array<f32>;
@group(0) @binding(3) var<storage, read> t108: array<f32>;
@group(0) @binding(4) var<storage, read_write> t449: array<f32>;
var<workgroup> partial0: array<f32, 64>;
@compute @workgroup_size(64, 1, 1)
fn k76_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  var acc0_0: f32 = 0.0f;
  for (var col: i32 = lid; col < 64i; col += 64i) {
    let l439: f32 = t439[row * 64i + col];
    let l111: f32 = t111[row * 64i + col];
    let v441: f32 = l439 * l111;
    let l110: f32 = t109[row];
    let v442: f32 = v441 / l110;
    let v443: f32 = -v442;
    acc0_0 += v443;
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
  for (var col_1: i32 = lid; col_1 < 64i; col_1 += 64i) {
    let g: f32 = f32((row % 64i * 64i + col_1) / 64i);
    let g_1: f32 = f32((row % 64i * 64i + col_1) % 64i);
    let l102: bool = g >= g_1;
    let l439_1: f32 = t439[row * 64i + col_1];
    let l110_1: f32 = t109[row];
    let v440: f32 = l439_1 / l110_1;
    let v446: f32 = v440 + r0_0;
    let l108: f32 = t108[row * 64i + col_1];
    let v447: f32 = v446 * l108;
    let v448: f32 = select(0.0f, v447, l102);
    let v449: f32 = v448 / 4.0f;
    t449[row * 64i + col_1] = v449;
  }
}
