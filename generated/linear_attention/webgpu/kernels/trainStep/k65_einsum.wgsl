// kernel k65_einsum
@group(0) @binding(0) var<storage, read> t173: array<f32>;
@group(0) @binding(1) var<storage, read> t382: array<f32>;
@group(0) @binding(2) var<storage, read> t182: array<f32>;
@group(0) @binding(3) var<storage, read> t378: array<f32>;
@group(0) @binding(4) var<storage, read> t388: array<f32>;
@group(0) @binding(5) var<storage, read> t185: array<f32>;
@group(0) @binding(6) var<storage, read> t170: array<f32>;
@group(0) @binding(7) var<storage, read_write> t422: array<f32>;
var<workgroup> tileA: array<f32, 256>;
var<workgroup> tileB: array<f32, 256>;
@compute @workgroup_size(16, 16, 1)
fn k65_einsum(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
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
      tileA[ty * 16i + tx] = t173[batch / 16i * 4096i + batch / 4i % 4i * 16i + batch % 4i * 1024i + row * 64i + ka];
    } else {
      tileA[ty * 16i + tx] = 0.0f;
    }
    if (kb < 16i && col < 16i) {
      tileB[ty * 16i + tx] = t382[batch * 256i + kb + col * 16i];
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
    let l182: bool = t182[batch * 256i + row * 16i + col] != 0.0f;
    let l380: f32 = t378[batch * 16i + col];
    let v391: f32 = l380 + acc;
    let l388: f32 = t388[batch * 256i + row * 16i + col];
    let v392: f32 = v391 + l388;
    let v395: f32 = select(v392, 0.0f, l182);
    let l185: f32 = t185[batch * 256i + row * 16i + col];
    let v396: f32 = v395 * l185;
    let l172: f32 = t170[batch / 16i * 4096i + batch / 4i % 4i * 16i + batch % 4i * 1024i + row * 64i + col];
    let v397: bool = l172 < 0.0f;
    let v398: f32 = f32(v397);
    let v399: bool = l172 == 0.0f;
    let v400: f32 = f32(v399);
    let v402: f32 = v400 * 0.5f;
    let v403: f32 = v398 + v402;
    let v404: f32 = v396 * v403;
    let v394: f32 = select(0.0f, v392, l182);
    let v422: f32 = v404 + v394;
    t422[batch * 256i + row * 16i + col] = v422;
  }
}
