// kernel k41_reduce (compiler/std/nn.loom:23:14)
@group(0) @binding(0) var<storage, read> t256: array<f32>;
@group(0) @binding(1) var<storage, read> p_ln_out_g: array<f32>;
@group(0) @binding(2) var<storage, read> p_ln_out_b: array<f32>;
@group(0) @binding(3) var<storage, read_write> t271: array<f32>;
var<workgroup> partial0: array<f32, 64>;
@compute @workgroup_size(64, 1, 1)
fn k41_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  var acc0_0: f32 = 0.0f;
  for (var col: i32 = lid; col < 64i; col += 64i) {
    let l256: f32 = t256[col];
    acc0_0 += l256;
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
    let l256_1: f32 = t256[col_1];
    let v258: f32 = r0_0 * 0.015625f;
    let v260: f32 = l256_1 - v258;
    let v261: f32 = v260 * v260;
    acc1_0 += v261;
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
    let l256_2: f32 = t256[col_2];
    let v258_1: f32 = r0_0 * 0.015625f;
    let v260_1: f32 = l256_2 - v258_1;
    let v263: f32 = r1_0 * 0.015625f;
    let v264: f32 = v263 + 0.00001f;
    let v265: f32 = inverseSqrt(v264);
    let v267: f32 = v260_1 * v265;
    let l268: f32 = p_ln_out_g[col_2];
    let v269: f32 = v267 * l268;
    let l270: f32 = p_ln_out_b[col_2];
    let v271: f32 = v269 + l270;
    t271[col_2] = v271;
  }
}
