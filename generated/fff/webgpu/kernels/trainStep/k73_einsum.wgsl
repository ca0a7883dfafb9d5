// kernel k73_einsum
@group(0) @binding(0) var<storage, read> t440: array<f32>;
@group(0) @binding(1) var<storage, read> t344: array<f32>;
@group(0) @binding(2) var<storage, read> t339: array<f32>;
@group(0) @binding(3) var<storage, read> t340: array<f32>;
@group(0) @binding(4) var<storage, read> t342: array<f32>;
@group(0) @binding(5) var<storage, read_write> t471: array<f32>;
var<workgroup> tileA: array<f32, 256>;
var<workgroup> tileB: array<f32, 256>;
@compute @workgroup_size(16, 16, 1)
fn k73_einsum(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
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
      tileB[ty * 16i + tx] = t344[batch * 256i + kb + col * 64i];
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
    let l339: f32 = t339[batch * 4i + col];
    let v463: f32 = acc * l339;
    let l340: f32 = t340[batch * 4i + col];
    let v464: f32 = l340 * l340;
    let v465: f32 = -v464;
    let v466: f32 = exp(v465);
    let v467: f32 = v466 * 1.1283792f;
    let v468: f32 = v463 * v467;
    let v469: f32 = v468 * 0.70710677f;
    let l342: f32 = t342[batch * 4i + col];
    let v462: f32 = acc * l342;
    let v470: f32 = v462 * 0.5f;
    let v471: f32 = v469 + v470;
    t471[batch * 4i + col] = v471;
  }
}
