// kernel k62_reduce
@group(0) @binding(0) var<storage, read> t338: array<f32>;
@group(0) @binding(1) var<storage, read> t113: array<f32>;
@group(0) @binding(2) var<storage, read> t278: array<f32>;
@group(0) @binding(3) var<storage, read> t118: array<f32>;
@group(0) @binding(4) var<storage, read_write> t354: array<f32>;
var<workgroup> partial0: array<f32, 64>;
@compute @workgroup_size(64, 1, 1)
fn k62_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  var acc0_0: f32 = 0.0f;
  for (var col: i32 = lid; col < 64i; col += 64i) {
    let l338: f32 = t338[row * 64i + col];
    let l113: f32 = t113[row * 64i + col];
    let v343: f32 = l338 * l113;
    acc0_0 += v343;
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
    let l278: f32 = t278[row * 64i + col_1];
    let l338_1: f32 = t338[row * 64i + col_1];
    let l119: f32 = t118[row];
    let v342: f32 = l338_1 * l119;
    let v352: f32 = l278 + v342;
    let l118: f32 = t118[row];
    let v345: f32 = l118 * l118;
    let v346: f32 = l118 * v345;
    let v347: f32 = v346 * -0.5f;
    let v348: f32 = r0_0 * v347;
    let v349: f32 = v348 * 0.015625f;
    let l113_1: f32 = t113[row * 64i + col_1];
    let v351: f32 = v349 * l113_1;
    let v353: f32 = v352 + v351;
    let v354: f32 = v353 + v351;
    t354[row * 64i + col_1] = v354;
  }
}
