// kernel k64_reduce
@group(0) @binding(0) var<storage, read> t351: array<f32>;
@group(0) @binding(1) var<storage, read> t120: array<f32>;
@group(0) @binding(2) var<storage, read> t290: array<f32>;
@group(0) @binding(3) var<storage, read> t125: array<f32>;
@group(0) @binding(4) var<storage, read_write> t367: array<f32>;
var<workgroup> partial0: array<f32, 64>;
@compute @workgroup_size(64, 1, 1)
fn k64_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  var acc0_0: f32 = 0.0f;
  for (var col: i32 = lid; col < 64i; col += 64i) {
    let l351: f32 = t351[row * 64i + col];
    let l120: f32 = t120[row * 64i + col];
    let v356: f32 = l351 * l120;
    acc0_0 += v356;
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
    let l290: f32 = t290[row * 64i + col_1];
    let l351_1: f32 = t351[row * 64i + col_1];
    let l126: f32 = t125[row];
    let v355: f32 = l351_1 * l126;
    let v365: f32 = l290 + v355;
    let l125: f32 = t125[row];
    let v358: f32 = l125 * l125;
    let v359: f32 = l125 * v358;
    let v360: f32 = v359 * -0.5f;
    let v361: f32 = r0_0 * v360;
    let v362: f32 = v361 * 0.015625f;
    let l120_1: f32 = t120[row * 64i + col_1];
    let v364: f32 = v362 * l120_1;
    let v366: f32 = v365 + v364;
    let v367: f32 = v366 + v364;
    t367[row * 64i + col_1] = v367;
  }
}
