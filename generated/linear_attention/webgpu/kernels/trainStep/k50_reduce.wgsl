// kernel k50_reduce
@group(0) @binding(0) var<storage, read> t339: array<f32>;
@group(0) @binding(1) var<storage, read> t214: array<f32>;
@group(0) @binding(2) var<storage, read> t219: array<f32>;
@group(0) @binding(3) var<storage, read> t317: array<f32>;
@group(0) @binding(4) var<storage, read_write> t360: array<f32>;
var<workgroup> partial0: array<f32, 64>;
@compute @workgroup_size(64, 1, 1)
fn k50_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  var acc0_0: f32 = 0.0f;
  for (var col: i32 = lid; col < 64i; col += 64i) {
    let l339: f32 = t339[row * 64i + col];
    let l214: f32 = t214[row * 64i + col];
    let v344: f32 = l339 * l214;
    acc0_0 += v344;
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
  workgroupBarrier();
  var acc1_0: f32 = 0.0f;
  for (var col_1: i32 = lid; col_1 < 64i; col_1 += 64i) {
    let l339_1: f32 = t339[row * 64i + col_1];
    let l220: f32 = t219[row];
    let v343: f32 = l339_1 * l220;
    let l219: f32 = t219[row];
    let v346: f32 = l219 * l219;
    let v347: f32 = l219 * v346;
    let v348: f32 = v347 * -0.5f;
    let v349: f32 = r0_0 * v348;
    let v350: f32 = v349 * 0.015625f;
    let l214_1: f32 = t214[row * 64i + col_1];
    let v352: f32 = v350 * l214_1;
    let v353: f32 = v343 + v352;
    let v354: f32 = v353 + v352;
    let v355: f32 = -v354;
    acc1_0 += v355;
  }
  partial0[lid] = acc1_0;
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
  let r1_0: f32 = partial0[0i];
  for (var col_2: i32 = lid; col_2 < 64i; col_2 += 64i) {
    let l317: f32 = t317[row * 64i + col_2];
    let l339_2: f32 = t339[row * 64i + col_2];
    let l220_1: f32 = t219[row];
    let v343_1: f32 = l339_2 * l220_1;
    let l219_1: f32 = t219[row];
    let v346_1: f32 = l219_1 * l219_1;
    let v347_1: f32 = l219_1 * v346_1;
    let v348_1: f32 = v347_1 * -0.5f;
    let v349_1: f32 = r0_0 * v348_1;
    let v350_1: f32 = v349_1 * 0.015625f;
    let l214_2: f32 = t214[row * 64i + col_2];
    let v352_1: f32 = v350_1 * l214_2;
    let v353_1: f32 = v343_1 + v352_1;
    let v354_1: f32 = v353_1 + v352_1;
    let v359: f32 = l317 + v354_1;
    let v357: f32 = r1_0 * 0.015625f;
    let v360: f32 = v359 + v357;
    t360[row * 64i + col_2] = v360;
  }
}
