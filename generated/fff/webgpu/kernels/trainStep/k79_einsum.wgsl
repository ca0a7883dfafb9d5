// kernel k79_einsum
@group(0) @binding(0) var<storage, read> t440: array<f32>;
@group(0) @binding(1) var<storage, read> t328: array<f32>;
@group(0) @binding(2) var<storage, read> t323: array<f32>;
@group(0) @binding(3) var<storage, read> t324: array<f32>;
@group(0) @binding(4) var<storage, read> t326: array<f32>;
@group(0) @binding(5) var<storage, read_write> t487: array<f32>;
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
    if (row < 1i && ka < 64i) {
      tileA[ty * 16i + tx] = t440[batch * 64i + ka];
    } else {
      tileA[ty * 16i + tx] = 0.0f;
    }
    if (kb < 64i && col < 4i) {
      tileB[ty * 16i + tx] = t328[batch * 256i + kb + col * 64i];
    } else {
      tileB[ty * 16i + tx] = 0.0f;
    }
    workgroupBarrier();
    for (var kk: i32 = 0i; kk < 16i; kk++) {
      acc += tileA[ty * 16i + kk] * tileB[kk * 16i + tx];
    }
    workgroupBarrier();
  }
  if (row < 1i && col < 4i) {
    let l323: f32 = t323[batch * 4i + col];
    let v479: f32 = acc * l323;
    let l324: f32 = t324[batch * 4i + col];
    let v480: f32 = l324 * l324;
    let v481: f32 = -v480;
    let v482: f32 = exp(v481);
    let v483: f32 = v482 * 1.1283792f;
    let v484: f32 = v479 * v483;
    let v485: f32 = v484 * 0.70710677f;
    let l326: f32 = t326[batch * 4i + col];
    let v478: f32 = acc * l326;
    let v486: f32 = v478 * 0.5f;
    let v487: f32 = v485 + v486;
    t487[batch * 4i + col] = v487;
  }
}
