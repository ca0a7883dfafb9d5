// kernel k140_einsum
@group(0) @binding(0) var<storage, read> t625: array<f32>;
@group(0) @binding(1) var<storage, read> t161: array<f32>;
@group(0) @binding(2) var<storage, read> t156: array<f32>;
@group(0) @binding(3) var<storage, read> t157: array<f32>;
@group(0) @binding(4) var<storage, read> t159: array<f32>;
@group(0) @binding(5) var<storage, read_write> t687: array<f32>;
var<workgroup> tileA: array<f32, 256>;
var<workgroup> tileB: array<f32, 256>;
@compute @workgroup_size(16, 16, 1)
fn k140_einsum(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
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
      tileB[ty * 16i + tx] = t161[batch * 256i + kb + col * 64i];
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
    let l156: f32 = t156[batch * 4i + col];
    let v679: f32 = acc * l156;
    let l157: f32 = t157[batch * 4i + col];
    let v680: f32 = l157 * l157;
    let v681: f32 = -v680;
    let v682: f32 = exp(v681);
    let v683: f32 = v682 * 1.1283792f;
    let v684: f32 = v679 * v683;
    let v685: f32 = v684 * 0.70710677f;
    let l159: f32 = t159[batch * 4i + col];
    let v678: f32 = acc * l159;
    let v686: f32 = v678 * 0.5f;
    let v687: f32 = v685 + v686;
    t687[batch * 4i + col] = v687;
  }
}
