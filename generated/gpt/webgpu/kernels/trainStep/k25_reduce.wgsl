// kernel k25_reduce
@group(0) @binding(0) var<storage, read> t249: array<f32>;
@group(0) @binding(1) var<storage, read> t198: array<f32>;
@group(0) @binding(2) var<storage, read> t203: array<f32>;
@group(0) @binding(3) var<storage, read_write> t265: array<f32>;
@group(0) @binding(4) var<storage, read_write> t268: array<f32>;
var<workgroup> partial0: array<f32, 64>;
@compute @workgroup_size(64, 1, 1)
fn k25_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  var acc0_0: f32 = 0.0f;
  for (var col: i32 = lid; col < 64i; col += 64i) {
    let l249: f32 = t249[row * 64i + col];
    let l198: f32 = t198[row * 64i + col];
    let v254: f32 = l249 * l198;
    acc0_0 += v254;
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
    let l249_1: f32 = t249[row * 64i + col_1];
    let l204: f32 = t203[row];
    let v253: f32 = l249_1 * l204;
    let l203: f32 = t203[row];
    let v256: f32 = l203 * l203;
    let v257: f32 = l203 * v256;
    let v259: f32 = v257 * -0.5f;
    let v260: f32 = r0_0 * v259;
    let v261: f32 = v260 * 0.015625f;
    let l198_1: f32 = t198[row * 64i + col_1];
    let v263: f32 = v261 * l198_1;
    let v264: f32 = v253 + v263;
    let v265: f32 = v264 + v263;
    let v266: f32 = -v265;
    acc1_0 += v266;
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
    let l249_2: f32 = t249[row * 64i + col_2];
    let l204_1: f32 = t203[row];
    let v253_1: f32 = l249_2 * l204_1;
    let l203_1: f32 = t203[row];
    let v256_1: f32 = l203_1 * l203_1;
    let v257_1: f32 = l203_1 * v256_1;
    let v259_1: f32 = v257_1 * -0.5f;
    let v260_1: f32 = r0_0 * v259_1;
    let v261_1: f32 = v260_1 * 0.015625f;
    let l198_2: f32 = t198[row * 64i + col_2];
    let v263_1: f32 = v261_1 * l198_2;
    let v264_1: f32 = v253_1 + v263_1;
    let v265_1: f32 = v264_1 + v263_1;
    t265[row * 64i + col_2] = v265_1;
  }
  if (lid == 0i) {
    let v268: f32 = r1_0 * 0.015625f;
    t268[row] = v268;
  }
}
