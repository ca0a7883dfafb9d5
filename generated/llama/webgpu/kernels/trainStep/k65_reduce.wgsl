// kernel k65_reduce
@group(0) @binding(0) var<storage, read> t384: array<f32>;
@group(0) @binding(1) var<storage, read> t136: array<f32>;
@group(0) @binding(2) var<storage, read> t315: array<f32>;
@group(0) @binding(3) var<storage, read> t141: array<f32>;
@group(0) @binding(4) var<storage, read_write> t400: array<f32>;
var<workgroup> partial0: array<f32, 64>;
@compute @workgroup_size(64, 1, 1)
fn k65_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  var acc0_0: f32 = 0.0f;
  for (var col: i32 = lid; col < 64i; col += 64i) {
    let l384: f32 = t384[row * 64i + col];
    let l136: f32 = t136[row * 64i + col];
    let v389: f32 = l384 * l136;
    acc0_0 += v389;
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
    let l315: f32 = t315[row * 64i + col_1];
    let l384_1: f32 = t384[row * 64i + col_1];
    let l142: f32 = t141[row];
    let v388: f32 = l384_1 * l142;
    let v398: f32 = l315 + v388;
    let l141: f32 = t141[row];
    let v391: f32 = l141 * l141;
    let v392: f32 = l141 * v391;
    let v393: f32 = v392 * -0.5f;
    let v394: f32 = r0_0 * v393;
    let v395: f32 = v394 * 0.015625f;
    let l136_1: f32 = t136[row * 64i + col_1];
    let v397: f32 = v395 * l136_1;
    let v399: f32 = v398 + v397;
    let v400: f32 = v399 + v397;
    t400[row * 64i + col_1] = v400;
  }
}
