// kernel k50_einsum (compiler/std/moe.loom:62:14)
@group(0) @binding(0) var<storage, read> t274: array<f32>;
@group(0) @binding(1) var<storage, read> p_layers_1_moe_router_w: array<f32>;
@group(0) @binding(2) var<storage, read_write> t277: array<f32>;
@group(0) @binding(3) var<storage, read> p_layers_1_moe_router_bias: array<f32>;
@group(0) @binding(4) var<storage, read_write> t280: array<f32>;
var<workgroup> tileA: array<f32, 256>;
var<workgroup> tileB: array<f32, 256>;
@compute @workgroup_size(16, 16, 1)
fn k50_einsum(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
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
    if (row < 64i && ka < 64i) {
      tileA[ty * 16i + tx] = t274[row * 64i + ka];
    } else {
      tileA[ty * 16i + tx] = 0.0f;
    }
    if (kb < 64i && col < 8i) {
      tileB[ty * 16i + tx] = p_layers_1_moe_router_w[kb * 8i + col];
    } else {
      tileB[ty * 16i + tx] = 0.0f;
    }
    workgroupBarrier();
    for (var kk: i32 = 0i; kk < 16i; kk++) {
      acc += tileA[ty * 16i + kk] * tileB[kk * 16i + tx];
    }
    workgroupBarrier();
  }
  if (row < 64i && col < 8i) {
    let v277: f32 = 1.0f / (1.0f + exp(min(-acc, 88.0f)));
    t277[row * 8i + col] = v277;
    let l279: f32 = p_layers_1_moe_router_bias[col];
    let v280: f32 = v277 + l279;
    t280[row * 8i + col] = v280;
  }
}
