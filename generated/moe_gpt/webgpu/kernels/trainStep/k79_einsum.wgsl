// kernel k79_einsum
@group(0) @binding(0) var<storage, read> t450: array<f32>;
@group(0) @binding(1) var<storage, read> p_layers_1_moe_shared_mlp_w2_w: array<f32>;
@group(0) @binding(2) var<storage, read> t383: array<f32>;
@group(0) @binding(3) var<storage, read_write> t454: array<f32>;
@group(0) @binding(4) var<storage, read> t384: array<f32>;
@group(0) @binding(5) var<storage, read> t382: array<f32>;
@group(0) @binding(6) var<storage, read> t381: array<f32>;
@group(0) @binding(7) var<storage, read_write> t463: array<f32>;
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
      tileA[ty * 16i + tx] = t450[row * 64i + ka];
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
    let l383: f32 = t383[row * 32i + col];
    let v454: f32 = acc * l383;
    t454[row * 32i + col] = v454;
    let l384: f32 = t384[row * 32i + col];
    let v453: f32 = acc * l384;
    let l382: f32 = t382[row * 32i + col];
    let v457: f32 = v453 * l382;
    let l381: f32 = t381[row * 32i + col];
    let v458: f32 = v453 * l381;
    let v460: f32 = 1.0f - l382;
    let v461: f32 = l382 * v460;
    let v462: f32 = v458 * v461;
    let v463: f32 = v457 + v462;
    t463[row * 32i + col] = v463;
  }
}
