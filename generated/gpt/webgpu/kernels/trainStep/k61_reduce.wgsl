// kernel k61_reduce
@group(0) @binding(0) var<storage, read> t452: array<f32>;
@group(0) @binding(1) var<storage, read> t98: array<f32>;
@group(0) @binding(2) var<storage, read> t96: array<f32>;
@group(0) @binding(3) var<storage, read> t95: array<f32>;
@group(0) @binding(4) var<storage, read_write> t462: array<f32>;
var<workgroup> partial0: array<f32, 64>;
@compute @workgroup_size(64, 1, 1)
fn k61_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  var acc0_0: f32 = 0.0f;
  for (var col: i32 = lid; col < 64i; col += 64i) {
    let l452: f32 = t452[row * 64i + col];
    let l98: f32 = t98[row * 64i + col];
    let v454: f32 = l452 * l98;
    let l97: f32 = t96[row];
    let v455: f32 = v454 / l97;
    let v456: f32 = -v455;
    acc0_0 += v456;
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
    let l89: bool = g >= g_1;
    let l452_1: f32 = t452[row * 64i + col_1];
    let l97_1: f32 = t96[row];
    let v453: f32 = l452_1 / l97_1;
    let v459: f32 = v453 + r0_0;
    let l95: f32 = t95[row * 64i + col_1];
    let v460: f32 = v459 * l95;
    let v461: f32 = select(0.0f, v460, l89);
    let v462: f32 = v461 / 4.0f;
    t462[row * 64i + col_1] = v462;
  }
}
