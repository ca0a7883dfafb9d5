// kernel k123_einsum
@group(0) @binding(0) var<storage, read> t625: array<f32>;
@group(0) @binding(1) var<storage, read> t209: array<f32>;
@group(0) @binding(2) var<storage, read> t204: array<f32>;
@group(0) @binding(3) var<storage, read> t205: array<f32>;
@group(0) @binding(4) var<storage, read> t207: array<f32>;
@group(0) @binding(5) var<storage, read_write> t639: array<f32>;
var<workgroup> tileA: array<f32, 256>;
var<workgroup> tileB: array<f32, 256>;
@compute @workgroup_size(16, 16, 1)
fn k123_einsum(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
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
      tileB[ty * 16i + tx] = t209[batch * 256i + kb + col * 64i];
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
    let l204: f32 = t204[batch * 4i + col];
    let v631: f32 = acc * l204;
    let l205: f32 = t205[batch * 4i + col];
    let v632: f32 = l205 * l205;
    let v633: f32 = -v632;
    let v634: f32 = exp(v633);
    let v635: f32 = v634 * 1.1283792f;
    let v636: f32 = v631 * v635;
    let v637: f32 = v636 * 0.70710677f;
    let l207: f32 = t207[batch * 4i + col];
    let v630: f32 = acc * l207;
    let v638: f32 = v630 * 0.5f;
    let v639: f32 = v637 + v638;
    t639[batch * 4i + col] = v639;
  }
}
