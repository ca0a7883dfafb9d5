// kernel k53_reduce (dsl-examples/spikegpt.loom:22:12)
@group(0) @binding(0) var<storage, read> t250: array<f32>;
@group(0) @binding(1) var<storage, read> t290: array<f32>;
@group(0) @binding(2) var<storage, read> p_ln_out_g: array<f32>;
@group(0) @binding(3) var<storage, read> p_ln_out_b: array<f32>;
@group(0) @binding(4) var<storage, read_write> t314: array<f32>;
var<workgroup> partial0: array<f32, 64>;
@compute @workgroup_size(64, 1, 1)
fn k53_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  var acc0_0: f32 = 0.0f;
  for (var col: i32 = lid; col < 64i; col += 64i) {
    let l250: f32 = t250[col];
    let l295: f32 = t290[col];
    let v299: f32 = l250 + l295;
    acc0_0 += v299;
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
    let l250_1: f32 = t250[col_1];
    let l295_1: f32 = t290[col_1];
    let v299_1: f32 = l250_1 + l295_1;
    let v301: f32 = r0_0 * 0.015625f;
    let v303: f32 = v299_1 - v301;
    let v304: f32 = v303 * v303;
    acc1_0 += v304;
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
    let l250_2: f32 = t250[col_2];
    let l295_2: f32 = t290[col_2];
    let v299_2: f32 = l250_2 + l295_2;
    let v301_1: f32 = r0_0 * 0.015625f;
    let v303_1: f32 = v299_2 - v301_1;
    let v306: f32 = r1_0 * 0.015625f;
    let v307: f32 = v306 + 0.00001f;
    let v308: f32 = inverseSqrt(v307);
    let v310: f32 = v303_1 * v308;
    let l311: f32 = p_ln_out_g[col_2];
    let v312: f32 = v310 * l311;
    let l313: f32 = p_ln_out_b[col_2];
    let v314: f32 = v312 + l313;
    t314[col_2] = v314;
  }
}
