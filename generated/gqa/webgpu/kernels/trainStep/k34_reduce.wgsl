// kernel k34_reduce
@group(0) @binding(0) var<storage, read> t231: array<f32>;
@group(0) @binding(1) var<storage, read> t185: array<f32>;
@group(0) @binding(2) var<storage, read> t190: array<f32>;
@group(0) @binding(3) var<storage, read_write> t247: array<f32>;
var<workgroup> partial0: array<f32, 64>;
@compute @workgroup_size(64, 1, 1)
fn k34_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  var acc0_0: f32 = 0.0f;
  for (var col: i32 = lid; col < 64i; col += 64i) {
    let l231: f32 = t231[row * 64i + col];
    let l185: f32 = t185[row * 64i + col];
    let v236: f32 = l231 * l185;
    acc0_0 += v236;
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
    let l231_1: f32 = t231[row * 64i + col_1];
    let l191: f32 = t190[row];
    let v235: f32 = l231_1 * l191;
    let l190: f32 = t190[row];
    let v238: f32 = l190 * l190;
    let v239: f32 = l190 * v238;
    let v241: f32 = v239 * -0.5f;
    let v242: f32 = r0_0 * v241;
    let v243: f32 = v242 * 0.015625f;
    let l185_1: f32 = t185[row * 64i + col_1];
    let v245: f32 = v243 * l185_1;
    let v246: f32 = v235 + v245;
    let v247: f32 = v246 + v245;
    t247[row * 64i + col_1] = v247;
  }
}
