// kernel k91_einsum
@group(0) @binding(0) var<storage, read> t440: array<f32>;
@group(0) @binding(1) var<storage, read> t296: array<f32>;
@group(0) @binding(2) var<storage, read> t291: array<f32>;
@group(0) @binding(3) var<storage, read> t292: array<f32>;
@group(0) @binding(4) var<storage, read> t294: array<f32>;
@group(0) @binding(5) var<storage, read_write> t519: array<f32>;
var<workgroup> tileA: array<f32, 256>;
var<workgroup> tileB: array<f32, 256>;
@compute @workgroup_size(16, 16, 1)
fn k91_einsum(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
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
      tileB[ty * 16i + tx] = t296[batch * 256i + kb + col * 64i];
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
    let l291: f32 = t291[batch * 4i + col];
    let v511: f32 = acc * l291;
    let l292: f32 = t292[batch * 4i + col];
    let v512: f32 = l292 * l292;
    let v513: f32 = -v512;
    let v514: f32 = exp(v513);
    let v515: f32 = v514 * 1.1283792f;
    let v516: f32 = v511 * v515;
    let v517: f32 = v516 * 0.70710677f;
    let l294: f32 = t294[batch * 4i + col];
    let v510: f32 = acc * l294;
    let v518: f32 = v510 * 0.5f;
    let v519: f32 = v517 + v518;
    t519[batch * 4i + col] = v519;
  }
}
