// kernel k6_einsum (compiler/std/nn.loom:9:58)
@group(0) @binding(0) var<storage, read> t55: array<f32>;
@group(0) @binding(1) var<storage, read> p_layers_0_attn_wa2_w: array<f32>;
@group(0) @binding(2) var<storage, read> p_layers_0_attn_wa2_b: array<f32>;
@group(0) @binding(3) var<storage, read_write> t63: array<f32>;
var<workgroup> tileA: array<f32, 256>;
var<workgroup> tileB: array<f32, 256>;
fn loom_log1p(x: f32) -> f32 {
  if (x < -0.5f || x > 1.0f) {
    return log(1.0f + x);
  }
  let s = x / (2.0f + x);
  let s2 = s * s;
  return 2.0f * s * (1.0f + s2 * (0.3333333333333333f + s2 * (0.2f + s2 * (0.14285714285714285f + s2 * (0.1111111111111111f + s2 * (0.09090909090909091f + s2 * (0.07692307692307693f + s2 * (0.06666666666666667f))))))));
}
@compute @workgroup_size(16, 16, 1)
fn k6_einsum(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let tx: i32 = i32(loom_lid.x);
  let ty: i32 = i32(loom_lid.y);
  let batch: i32 = i32(loom_wid.z);
  let row0: i32 = i32(loom_wid.y) * 16i;
  let col0: i32 = i32(loom_wid.x) * 16i;
  let row: i32 = row0 + ty;
  let col: i32 = col0 + tx;
  var acc: f32 = 0.0f;
  for (var t: i32 = 0i; t < 1i; t++) {
    let ka: i32 = t * 16i + tx;
    let kb: i32 = t * 16i + ty;
    if (row < 1i && ka < 16i) {
      tileA[ty * 16i + tx] = t55[ka];
    } else {
      tileA[ty * 16i + tx] = 0.0f;
    }
    if (kb < 16i && col < 64i) {
      tileB[ty * 16i + tx] = p_layers_0_attn_wa2_w[kb * 64i + col];
    } else {
      tileB[ty * 16i + tx] = 0.0f;
    }
    workgroupBarrier();
    for (var kk: i32 = 0i; kk < 16i; kk++) {
      acc += tileA[ty * 16i + kk] * tileB[kk * 16i + tx];
    }
    workgroupBarrier();
  }
  if (row < 1i && col < 64i) {
    let l57: f32 = p_layers_0_attn_wa2_b[col];
    let v58: f32 = acc + l57;
    let v59: f32 = -v58;
    let v60: f32 = max(v59, 0.0f) + loom_log1p(exp(-abs(v59)));
    let v61: f32 = -v60;
    let v63: f32 = v61 / 16.0f;
    t63[col] = v63;
  }
}
