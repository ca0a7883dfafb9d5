// kernel k68_einsum
@group(0) @binding(0) var<storage, read> t440: array<f32>;
@group(0) @binding(1) var<storage, read> t360: array<f32>;
@group(0) @binding(2) var<storage, read> t355: array<f32>;
@group(0) @binding(3) var<storage, read> t356: array<f32>;
@group(0) @binding(4) var<storage, read> t358: array<f32>;
@group(0) @binding(5) var<storage, read_write> t455: array<f32>;
var<workgroup> tileA: array<f32, 256>;
var<workgroup> tileB: array<f32, 256>;
@compute @workgroup_size(16, 16, 1)
fn k68_einsum(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
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
      tileB[ty * 16i + tx] = t360[batch * 256i + kb + col * 64i];
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
    let l355: f32 = t355[batch * 4i + col];
    let v446: f32 = acc * l355;
    let l356: f32 = t356[batch * 4i + col];
    let v447: f32 = l356 * l356;
    let v448: f32 = -v447;
    let v449: f32 = exp(v448);
    let v451: f32 = v449 * 1.1283792f;
    let v452: f32 = v446 * v451;
    let v453: f32 = v452 * 0.70710677f;
    let l358: f32 = t358[batch * 4i + col];
    let v445: f32 = acc * l358;
    let v454: f32 = v445 * 0.5f;
    let v455: f32 = v453 + v454;
    t455[batch * 4i + col] = v455;
  }
}
