// kernel k134_einsum
@group(0) @binding(0) var<storage, read> t625: array<f32>;
@group(0) @binding(1) var<storage, read> t177: array<f32>;
@group(0) @binding(2) var<storage, read> t172: array<f32>;
@group(0) @binding(3) var<storage, read> t173: array<f32>;
@group(0) @binding(4) var<storage, read> t175: array<f32>;
@group(0) @binding(5) var<storage, read_write> t671: array<f32>;
var<workgroup> tileA: array<f32, 256>;
var<workgroup> tileB: array<f32, 256>;
@compute @workgroup_size(16, 16, 1)
fn k134_einsum(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
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
      tileB[ty * 16i + tx] = t177[batch * 256i + kb + col * 64i];
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
    let l172: f32 = t172[batch * 4i + col];
    let v663: f32 = acc * l172;
    let l173: f32 = t173[batch * 4i + col];
    let v664: f32 = l173 * l173;
    let v665: f32 = -v664;
    let v666: f32 = exp(v665);
    let v667: f32 = v666 * 1.1283792f;
    let v668: f32 = v663 * v667;
    let v669: f32 = v668 * 0.70710677f;
    let l175: f32 = t175[batch * 4i + col];
    let v662: f32 = acc * l175;
    let v670: f32 = v662 * 0.5f;
    let v671: f32 = v669 + v670;
    t671[batch * 4i + col] = v671;
  }
}
