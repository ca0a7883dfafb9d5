// kernel k56_reduce
@group(0) @binding(0) var<storage, read> t342: array<f32>;
@group(0) @binding(1) var<storage, read> t296: array<f32>;
@group(0) @binding(2) var<storage, read> t301: array<f32>;
@group(0) @binding(3) var<storage, read_write> t358: array<f32>;
var<workgroup> partial0: array<f32, 64>;
@compute @workgroup_size(64, 1, 1)
fn k56_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  var acc0_0: f32 = 0.0f;
  for (var col: i32 = lid; col < 64i; col += 64i) {
    let l342: f32 = t342[row * 64i + col];
    let l296: f32 = t296[row * 64i + col];
    let v347: f32 = l342 * l296;
    acc0_0 += v347;
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
    let l342_1: f32 = t342[row * 64i + col_1];
    let l302: f32 = t301[row];
    let v346: f32 = l342_1 * l302;
    let l301: f32 = t301[row];
    let v349: f32 = l301 * l301;
    let v350: f32 = l301 * v349;
    let v352: f32 = v350 * -0.5f;
    let v353: f32 = r0_0 * v352;
    let v354: f32 = v353 * 0.015625f;
    let l296_1: f32 = t296[row * 64i + col_1];
    let v356: f32 = v354 * l296_1;
    let v357: f32 = v346 + v356;
    let v358: f32 = v357 + v356;
    t358[row * 64i + col_1] = v358;
  }
}
