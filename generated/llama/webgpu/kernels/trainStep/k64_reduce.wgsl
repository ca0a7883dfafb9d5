// kernel k64_reduce
@group(0) @binding(0) var<storage, read> t349: array<f32>;
@group(0) @binding(1) var<storage, read> t118: array<f32>;
@group(0) @binding(2) var<storage, read> t288: array<f32>;
@group(0) @binding(3) var<storage, read> t123: array<f32>;
@group(0) @binding(4) var<storage, read_write> t365: array<f32>;
var<workgroup> partial0: array<f32, 64>;
@compute @workgroup_size(64, 1, 1)
fn k64_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  var acc0_0: f32 = 0.0f;
  for (var col: i32 = lid; col < 64i; col += 64i) {
    let l349: f32 = t349[row * 64i + col];
    let l118: f32 = t118[row * 64i + col];
    let v354: f32 = l349 * l118;
    acc0_0 += v354;
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
    let l288: f32 = t288[row * 64i + col_1];
    let l349_1: f32 = t349[row * 64i + col_1];
    let l124: f32 = t123[row];
    let v353: f32 = l349_1 * l124;
    let v363: f32 = l288 + v353;
    let l123: f32 = t123[row];
    let v356: f32 = l123 * l123;
    let v357: f32 = l123 * v356;
    let v358: f32 = v357 * -0.5f;
    let v359: f32 = r0_0 * v358;
    let v360: f32 = v359 * 0.015625f;
    let l118_1: f32 = t118[row * 64i + col_1];
    let v362: f32 = v360 * l118_1;
    let v364: f32 = v363 + v362;
    let v365: f32 = v364 + v362;
    t365[row * 64i + col_1] = v365;
  }
}
