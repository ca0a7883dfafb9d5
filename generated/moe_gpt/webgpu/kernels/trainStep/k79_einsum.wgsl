// kernel k79_einsum
@group(0) @binding(0) var<storage, read> t430: array<f32>;
@group(0) @binding(1) var<storage, read> p_layers_1_moe_shared_mlp_w2_w: array<f32>;
@group(0) @binding(2) var<storage, read> t362: array<f32>;
@group(0) @binding(3) var<storage, read_write> t434: array<f32>;
@group(0) @binding(4) var<storage, read> t363: array<f32>;
@group(0) @binding(5) var<storage, read> t361: array<f32>;
@group(0) @binding(6) var<storage, read> t360: array<f32>;
@group(0) @binding(7) var<storage, read_write> t443: array<f32>;
var<workgroup> tileA: array<f32, 256>;
var<workgroup> tileB: array<f32, 256>;
@compute @workgroup_size(16, 16, 1)
fn k79_einsum(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
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
    if (row < 1024i && ka < 64i) {
      tileA[ty * 16i + tx] = t430[row * 64i + ka];
    } else {
      tileA[ty * 16i + tx] = 0.0f;
    }
    if (kb < 64i && col < 32i) {
      tileB[ty * 16i + tx] = p_layers_1_moe_shared_mlp_w2_w[kb + col * 64i];
    } else {
      tileB[ty * 16i + tx] = 0.0f;
    }
    workgroupBarrier();
    for (var kk: i32 = 0i; kk < 16i; kk++) {
      acc += tileA[ty * 16i + kk] * tileB[kk * 16i + tx];
    }
    workgroupBarrier();
  }
  if (row < 1024i && col < 32i) {
    let l362: f32 = t362[row * 32i + col];
    let v434: f32 = acc * l362;
    t434[row * 32i + col] = v434;
    let l363: f32 = t363[row * 32i + col];
    let v433: f32 = acc * l363;
    let l361: f32 = t361[row * 32i + col];
    let v437: f32 = v433 * l361;
    let l360: f32 = t360[row * 32i + col];
    let v438: f32 = v433 * l360;
    let v440: f32 = 1.0f - l361;
    let v441: f32 = l361 * v440;
    let v442: f32 = v438 * v441;
    let v443: f32 = v437 + v442;
    t443[row * 32i + col] = v443;
  }
}
