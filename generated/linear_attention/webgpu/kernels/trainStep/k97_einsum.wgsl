// kernel k97_einsum
@group(0) @binding(0) var<storage, read> t59: array<f32>;
@group(0) @binding(1) var<storage, read> t521: array<f32>;
@group(0) @binding(2) var<storage, read> t70: array<f32>;
@group(0) @binding(3) var<storage, read> t517: array<f32>;
@group(0) @binding(4) var<storage, read> t527: array<f32>;
@group(0) @binding(5) var<storage, read> t73: array<f32>;
@group(0) @binding(6) var<storage, read> t56: array<f32>;
@group(0) @binding(7) var<storage, read_write> t560: array<f32>;
var<workgroup> tileA: array<f32, 256>;
var<workgroup> tileB: array<f32, 256>;
@compute @workgroup_size(16, 16, 1)
fn k97_einsum(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
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
    if (row < 16i && ka < 16i) {
      tileA[ty * 16i + tx] = t59[batch / 16i * 4096i + batch / 4i % 4i * 16i + batch % 4i * 1024i + row * 64i + ka];
    } else {
      tileA[ty * 16i + tx] = 0.0f;
    }
    if (kb < 16i && col < 16i) {
      tileB[ty * 16i + tx] = t521[batch * 256i + kb + col * 16i];
    } else {
      tileB[ty * 16i + tx] = 0.0f;
    }
    workgroupBarrier();
    for (var kk: i32 = 0i; kk < 16i; kk++) {
      acc += tileA[ty * 16i + kk] * tileB[kk * 16i + tx];
    }
    workgroupBarrier();
  }
  if (row < 16i && col < 16i) {
    let l70: bool = t70[batch * 256i + row * 16i + col] != 0.0f;
    let l519: f32 = t517[batch * 16i + col];
    let v530: f32 = l519 + acc;
    let l527: f32 = t527[batch * 256i + row * 16i + col];
    let v531: f32 = v530 + l527;
    let v534: f32 = select(v531, 0.0f, l70);
    let l73: f32 = t73[batch * 256i + row * 16i + col];
    let v535: f32 = v534 * l73;
    let l58: f32 = t56[batch / 16i * 4096i + batch / 4i % 4i * 16i + batch % 4i * 1024i + row * 64i + col];
    let v536: bool = l58 < 0.0f;
    let v537: f32 = f32(v536);
    let v538: bool = l58 == 0.0f;
    let v539: f32 = f32(v538);
    let v540: f32 = v539 * 0.5f;
    let v541: f32 = v537 + v540;
    let v542: f32 = v535 * v541;
    let v533: f32 = select(0.0f, v531, l70);
    let v560: f32 = v542 + v533;
    t560[batch * 256i + row * 16i + col] = v560;
  }
}
