// kernel k41_reduce (compiler/std/nn.loom:23:14)
@group(0) @binding(0) var<storage, read> t265: array<f32>;
@group(0) @binding(1) var<storage, read_write> t269: array<f32>;
@group(0) @binding(2) var<storage, read_write> t276: array<f32>;
@group(0) @binding(3) var<storage, read> p_ln_out_g: array<f32>;
@group(0) @binding(4) var<storage, read> p_ln_out_b: array<f32>;
@group(0) @binding(5) var<storage, read_write> t282: array<f32>;
@group(0) @binding(6) var<storage, read_write> t274: array<f32>;
var<workgroup> partial0: array<f32, 64>;
@compute @workgroup_size(64, 1, 1)
fn k41_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  var acc0_0: f32 = 0.0f;
  for (var col: i32 = lid; col < 64i; col += 64i) {
    let l265: f32 = t265[row * 64i + col];
    acc0_0 += l265;
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
    let l265_1: f32 = t265[row * 64i + col_1];
    let v267: f32 = r0_0 * 0.015625f;
    let v269: f32 = l265_1 - v267;
    let v270: f32 = v269 * v269;
    t269[row * 64i + col_1] = v269;
    acc1_0 += v270;
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
    let l265_2: f32 = t265[row * 64i + col_2];
    let v267_1: f32 = r0_0 * 0.015625f;
    let v269_1: f32 = l265_2 - v267_1;
    let v272: f32 = r1_0 * 0.015625f;
    let v273: f32 = v272 + 0.00001f;
    let v274: f32 = inverseSqrt(v273);
    let v276: f32 = v269_1 * v274;
    t276[row * 64i + col_2] = v276;
    let l278: f32 = p_ln_out_g[col_2];
    let v279: f32 = v276 * l278;
    let l281: f32 = p_ln_out_b[col_2];
    let v282: f32 = v279 + l281;
    t282[row * 64i + col_2] = v282;
  }
  if (lid == 0i) {
    let v272_1: f32 = r1_0 * 0.015625f;
    let v273_1: f32 = v272_1 + 0.00001f;
    let v274_1: f32 = inverseSqrt(v273_1);
    t274[row] = v274_1;
  }
}
