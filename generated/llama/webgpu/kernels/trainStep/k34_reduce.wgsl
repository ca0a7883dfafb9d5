// kernel k34_reduce
@group(0) @binding(0) var<storage, read> t229: array<f32>;
@group(0) @binding(1) var<storage, read> t183: array<f32>;
@group(0) @binding(2) var<storage, read> t188: array<f32>;
@group(0) @binding(3) var<storage, read_write> t245: array<f32>;
var<workgroup> partial0: array<f32, 64>;
@compute @workgroup_size(64, 1, 1)
fn k34_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  var acc0_0: f32 = 0.0f;
  for (var col: i32 = lid; col < 64i; col += 64i) {
    let l229: f32 = t229[row * 64i + col];
    let l183: f32 = t183[row * 64i + col];
    let v234: f32 = l229 * l183;
    acc0_0 += v234;
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
    let l229_1: f32 = t229[row * 64i + col_1];
    let l189: f32 = t188[row];
    let v233: f32 = l229_1 * l189;
    let l188: f32 = t188[row];
    let v236: f32 = l188 * l188;
    let v237: f32 = l188 * v236;
    let v239: f32 = v237 * -0.5f;
    let v240: f32 = r0_0 * v239;
    let v241: f32 = v240 * 0.015625f;
    let l183_1: f32 = t183[row * 64i + col_1];
    let v243: f32 = v241 * l183_1;
    let v244: f32 = v233 + v243;
    let v245: f32 = v244 + v243;
    t245[row * 64i + col_1] = v245;
  }
}
