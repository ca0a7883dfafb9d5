// kernel k73_reduce
@group(0) @binding(0) var<storage, read> t396: array<f32>;
@group(0) @binding(1) var<storage, read> t97: array<f32>;
@group(0) @binding(2) var<storage, read> t380: array<f32>;
@group(0) @binding(3) var<storage, read> t102: array<f32>;
@group(0) @binding(4) var<storage, read_write> t412: array<f32>;
var<workgroup> partial0: array<f32, 64>;
@compute @workgroup_size(64, 1, 1)
fn k73_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  var acc0_0: f32 = 0.0f;
  for (var col: i32 = lid; col < 64i; col += 64i) {
    let l396: f32 = t396[row * 64i + col];
    let l97: f32 = t97[row * 64i + col];
    let v401: f32 = l396 * l97;
    acc0_0 += v401;
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
    let l380: f32 = t380[row * 64i + col_1];
    let l396_1: f32 = t396[row * 64i + col_1];
    let l103: f32 = t102[row];
    let v400: f32 = l396_1 * l103;
    let v410: f32 = l380 + v400;
    let l102: f32 = t102[row];
    let v403: f32 = l102 * l102;
    let v404: f32 = l102 * v403;
    let v405: f32 = v404 * -0.5f;
    let v406: f32 = r0_0 * v405;
    let v407: f32 = v406 * 0.015625f;
    let l97_1: f32 = t97[row * 64i + col_1];
    let v409: f32 = v407 * l97_1;
    let v411: f32 = v410 + v409;
    let v412: f32 = v411 + v409;
    t412[row * 64i + col_1] = v412;
  }
}
