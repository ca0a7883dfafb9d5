// kernel k92_einsum
@group(0) @binding(0) var<storage, read> t42: array<f32>;
@group(0) @binding(1) var<storage, read> t474: array<f32>;
@group(0) @binding(2) var<storage, read> t53: array<f32>;
@group(0) @binding(3) var<storage, read> t470: array<f32>;
@group(0) @binding(4) var<storage, read> t480: array<f32>;
@group(0) @binding(5) var<storage, read> t56: array<f32>;
@group(0) @binding(6) var<storage, read> t39: array<f32>;
@group(0) @binding(7) var<storage, read_write> t514: array<f32>;
var<workgroup> tileA: array<f32, 256>;
var<workgroup> tileB: array<f32, 256>;
@compute @workgroup_size(16, 16, 1)
fn k92_einsum(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
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
      tileA[ty * 16i + tx] = t42[batch / 16i * 4096i + batch / 4i % 4i * 16i + batch % 4i * 1024i + row * 64i + ka];
    } else {
      tileA[ty * 16i + tx] = 0.0f;
    }
    if (kb < 16i && col < 16i) {
      tileB[ty * 16i + tx] = t474[batch * 256i + kb + col * 16i];
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
    let l53: bool = t53[batch * 256i + row * 16i + col] != 0.0f;
    let l472: f32 = t470[batch * 16i + col];
    let v483: f32 = l472 + acc;
    let l480: f32 = t480[batch * 256i + row * 16i + col];
    let v484: f32 = v483 + l480;
    let v487: f32 = select(v484, 0.0f, l53);
    let l56: f32 = t56[batch * 256i + row * 16i + col];
    let v488: f32 = v487 * l56;
    let l41: f32 = t39[batch / 16i * 4096i + batch / 4i % 4i * 16i + batch % 4i * 1024i + row * 64i + col];
    let v489: bool = l41 < 0.0f;
    let v490: f32 = f32(v489);
    let v491: bool = l41 == 0.0f;
    let v492: f32 = f32(v491);
    let v494: f32 = v492 * 0.5f;
    let v495: f32 = v490 + v494;
    let v496: f32 = v488 * v495;
    let v486: f32 = select(0.0f, v484, l53);
    let v514: f32 = v496 + v486;
    t514[batch * 256i + row * 16i + col] = v514;
  }
}
