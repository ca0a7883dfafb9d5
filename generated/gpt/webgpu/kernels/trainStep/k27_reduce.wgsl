// kernel k27_reduce
@group(0) @binding(0) var<storage, read> t277: array<f32>;
@group(0) @binding(1) var<storage, read> t226: array<f32>;
@group(0) @binding(2) var<storage, read> t231: array<f32>;
@group(0) @binding(3) var<storage, read_write> t293: array<f32>;
@group(0) @binding(4) var<storage, read_write> t296: array<f32>;
var<workgroup> partial0: array<f32, 64>;
@compute @workgroup_size(64, 1, 1)
fn k27_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  var acc0_0: f32 = 0.0f;
  for (var col: i32 = lid; col < 64i; col += 64i) {
    let l277: f32 = t277[row * 64i + col];
    let l226: f32 = t226[row * 64i + col];
    let v282: f32 = l277 * l226;
    acc0_0 += v282;
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
    let l277_1: f32 = t277[row * 64i + col_1];
    let l232: f32 = t231[row];
    let v281: f32 = l277_1 * l232;
    let l231: f32 = t231[row];
    let v284: f32 = l231 * l231;
    let v285: f32 = l231 * v284;
    let v287: f32 = v285 * -0.5f;
    let v288: f32 = r0_0 * v287;
    let v289: f32 = v288 * 0.015625f;
    let l226_1: f32 = t226[row * 64i + col_1];
    let v291: f32 = v289 * l226_1;
    let v292: f32 = v281 + v291;
    let v293: f32 = v292 + v291;
    let v294: f32 = -v293;
    acc1_0 += v294;
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
    let l277_2: f32 = t277[row * 64i + col_2];
    let l232_1: f32 = t231[row];
    let v281_1: f32 = l277_2 * l232_1;
    let l231_1: f32 = t231[row];
    let v284_1: f32 = l231_1 * l231_1;
    let v285_1: f32 = l231_1 * v284_1;
    let v287_1: f32 = v285_1 * -0.5f;
    let v288_1: f32 = r0_0 * v287_1;
    let v289_1: f32 = v288_1 * 0.015625f;
    let l226_2: f32 = t226[row * 64i + col_2];
    let v291_1: f32 = v289_1 * l226_2;
    let v292_1: f32 = v281_1 + v291_1;
    let v293_1: f32 = v292_1 + v291_1;
    t293[row * 64i + col_2] = v293_1;
  }
  if (lid == 0i) {
    let v296: f32 = r1_0 * 0.015625f;
    t296[row] = v296;
  }
}
