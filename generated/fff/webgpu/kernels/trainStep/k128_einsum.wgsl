// kernel k128_einsum
@group(0) @binding(0) var<storage, read> t625: array<f32>;
@group(0) @binding(1) var<storage, read> t193: array<f32>;
@group(0) @binding(2) var<storage, read> t188: array<f32>;
@group(0) @binding(3) var<storage, read> t189: array<f32>;
@group(0) @binding(4) var<storage, read> t191: array<f32>;
@group(0) @binding(5) var<storage, read_write> t655: array<f32>;
var<workgroup> tileA: array<f32, 256>;
var<workgroup> tileB: array<f32, 256>;
@compute @workgroup_size(16, 16, 1)
fn k128_einsum(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
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
      tileA[ty * 16i + tx] = t625[batch * 64i + ka];
    } else {
      tileA[ty * 16i + tx] = 0.0f;
    }
    if (kb < 64i && col < 4i) {
      tileB[ty * 16i + tx] = t193[batch * 256i + kb + col * 64i];
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
    let l188: f32 = t188[batch * 4i + col];
    let v647: f32 = acc * l188;
    let l189: f32 = t189[batch * 4i + col];
    let v648: f32 = l189 * l189;
    let v649: f32 = -v648;
    let v650: f32 = exp(v649);
    let v651: f32 = v650 * 1.1283792f;
    let v652: f32 = v647 * v651;
    let v653: f32 = v652 * 0.70710677f;
    let l191: f32 = t191[batch * 4i + col];
    let v646: f32 = acc * l191;
    let v654: f32 = v646 * 0.5f;
    let v655: f32 = v653 + v654;
    t655[batch * 4i + col] = v655;
  }
}
