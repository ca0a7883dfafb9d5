// kernel k157a_einsum
@group(0) @binding(0) var<storage, read> t639: array<f32>;
@group(0) @binding(1) var<storage, read> t202: array<f32>;
@group(0) @binding(2) var<storage, read> t625: array<f32>;
@group(0) @binding(3) var<storage, read_write> t723: array<f32>;
@group(0) @binding(4) var<storage, read> t657: array<f32>;
@group(0) @binding(5) var<storage, read> t673: array<f32>;
@group(0) @binding(6) var<storage, read> t689: array<f32>;
@group(0) @binding(7) var<storage, read_write> t726: array<f32>;
var<workgroup> tileA: array<f32, 256>;
var<workgroup> tileB: array<f32, 256>;
@compute @workgroup_size(16, 16, 1)
fn k157a_einsum(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
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
    if (row < 1i && ka < 4i) {
      tileA[ty * 16i + tx] = t639[batch * 4i + ka];
    } else {
      tileA[ty * 16i + tx] = 0.0f;
    }
    if (kb < 4i && col < 64i) {
      tileB[ty * 16i + tx] = t202[batch * 256i + kb * 64i + col];
    } else {
      tileB[ty * 16i + tx] = 0.0f;
    }
    workgroupBarrier();
    for (var kk: i32 = 0i; kk < 16i; kk++) {
      acc += tileA[ty * 16i + kk] * tileB[kk * 16i + tx];
    }
    workgroupBarrier();
  }
  if (row < 1i && col < 64i) {
    let l626: f32 = t625[batch * 64i + col];
    let v723: f32 = l626 * 0.0f;
    t723[batch * 64i + col] = v723;
    let l657: f32 = t657[batch * 64i + col];
    let v724: f32 = acc + l657;
    let l673: f32 = t673[batch * 64i + col];
    let v725: f32 = v724 + l673;
    let l689: f32 = t689[batch * 64i + col];
    let v726: f32 = v725 + l689;
    t726[batch * 64i + col] = v726;
  }
}
