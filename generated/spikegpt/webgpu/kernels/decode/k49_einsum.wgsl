// kernel k49_einsum (compiler/std/nn.loom:9:73)
@group(0) @binding(0) var<storage, read> t283: array<f32>;
@group(0) @binding(1) var<storage, read> p_blocks_1_ffn_receptance_w: array<f32>;
@group(0) @binding(2) var<storage, read> t287: array<f32>;
@group(0) @binding(3) var<storage, read_write> t288: array<f32>;
var<workgroup> tileA: array<f32, 256>;
var<workgroup> tileB: array<f32, 256>;
@compute @workgroup_size(16, 16, 1)
fn k49_einsum(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
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
      tileA[ty * 16i + tx] = t283[ka];
    } else {
      tileA[ty * 16i + tx] = 0.0f;
    }
    if (kb < 64i && col < 64i) {
      tileB[ty * 16i + tx] = p_blocks_1_ffn_receptance_w[kb * 64i + col];
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
    let v285: f32 = 1.0f / (1.0f + exp(min(-acc, 88.0f)));
    let l287: f32 = t287[col];
    let v288: f32 = v285 * l287;
    t288[col] = v288;
  }
}
