// kernel k62_reduce
@group(0) @binding(0) var<storage, read> t340: array<f32>;
@group(0) @binding(1) var<storage, read> t115: array<f32>;
@group(0) @binding(2) var<storage, read> t280: array<f32>;
@group(0) @binding(3) var<storage, read> t120: array<f32>;
@group(0) @binding(4) var<storage, read_write> t356: array<f32>;
var<workgroup> partial0: array<f32, 64>;
@compute @workgroup_size(64, 1, 1)
fn k62_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  var acc0_0: f32 = 0.0f;
  for (var col: i32 = lid; col < 64i; col += 64i) {
    let l340: f32 = t340[row * 64i + col];
    let l115: f32 = t115[row * 64i + col];
    let v345: f32 = l340 * l115;
    acc0_0 += v345;
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
    let l280: f32 = t280[row * 64i + col_1];
    let l340_1: f32 = t340[row * 64i + col_1];
    let l121: f32 = t120[row];
    let v344: f32 = l340_1 * l121;
    let v354: f32 = l280 + v344;
    let l120: f32 = t120[row];
    let v347: f32 = l120 * l120;
    let v348: f32 = l120 * v347;
    let v349: f32 = v348 * -0.5f;
    let v350: f32 = r0_0 * v349;
    let v351: f32 = v350 * 0.015625f;
    let l115_1: f32 = t115[row * 64i + col_1];
    let v353: f32 = v351 * l115_1;
    let v355: f32 = v354 + v353;
    let v356: f32 = v355 + v353;
    t356[row * 64i + col_1] = v356;
  }
}
