// kernel k25_einsum (compiler/std/nn.loom:32:42)
@group(0) @binding(0) var<storage, read> t119: array<f32>;
@group(0) @binding(1) var<storage, read> p_layers_1_attn_wr_w: array<f32>;
@group(0) @binding(2) var<storage, read> p_layers_1_attn_wr_b: array<f32>;
@group(0) @binding(3) var<storage, read> t140: array<f32>;
@group(0) @binding(4) var<storage, read> t150: array<f32>;
@group(0) @binding(5) var<storage, read> p_layers_1_attn_norm_g_1: array<f32>;
@group(0) @binding(6) var<storage, read_write> t163: array<f32>;
var<workgroup> tileA: array<f32, 256>;
var<workgroup> tileB: array<f32, 256>;
@compute @workgroup_size(16, 16, 1)
fn k25_einsum(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let tx: i32 = i32(loom_lid.x);
  let ty: i32 = i32(loom_lid.y);
  let batch: i32 = i32(loom_wid.z);
  let row0: i32 = i32(loom_wid.y) * 16i;
  let col0: i32 = i32(loom_wid.x) * 16i;
  let row: i32 = row0 + ty;
  let col: i32 = col0 + tx;
  var acc: f32 = 0.0f;
  for (var t: i32 = 0i; t < 4i; t++) {
    let ka: i32 = t * 16i + tx;
    let kb: i32 = t * 16i + ty;
    if (row < 1i && ka < 64i) {
      tileA[ty * 16i + tx] = t119[ka];
    } else {
      tileA[ty * 16i + tx] = 0.0f;
    }
    if (kb < 64i && col < 64i) {
      tileB[ty * 16i + tx] = p_layers_1_attn_wr_w[kb * 64i + col];
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
    let l157: f32 = p_layers_1_attn_wr_b[col];
    let v158: f32 = acc + l157;
    let v159: f32 = 1.0f / (1.0f + exp(min(-v158, 88.0f)));
    let v160: f32 = v158 * v159;
    let l145: f32 = t140[col];
    let l151: f32 = t150[col / 16i];
    let v152: f32 = l145 * l151;
    let l154: f32 = p_layers_1_attn_norm_g_1[col % 16i];
    let v155: f32 = v152 * l154;
    let v163: f32 = v160 * v155;
    t163[col] = v163;
  }
}
