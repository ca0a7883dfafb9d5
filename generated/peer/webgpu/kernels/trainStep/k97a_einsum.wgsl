// kernel k97a_einsum
@group(0) @binding(0) var<storage, read> t490: array<f32>;
@group(0) @binding(1) var<storage, read> t160: array<f32>;
@group(0) @binding(2) var<storage, read> t151: array<f32>;
@group(0) @binding(3) var<storage, read_write> t495: array<f32>;
@group(0) @binding(4) var<storage, read> t158: array<f32>;
@group(0) @binding(5) var<storage, read_write> t496: array<f32>;
@group(0) @binding(6) var<storage, read> t150: array<f32>;
@group(0) @binding(7) var<storage, read_write> t505: array<f32>;
var<workgroup> tileA: array<f32, 256>;
var<workgroup> tileB: array<f32, 256>;
@compute @workgroup_size(16, 16, 1)
fn k97a_einsum(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
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
      tileA[ty * 16i + tx] = t490[batch * 64i + ka];
    } else {
      tileA[ty * 16i + tx] = 0.0f;
    }
    if (kb < 64i && col < 32i) {
      tileB[ty * 16i + tx] = t160[batch * 2048i + kb + col * 64i];
    } else {
      tileB[ty * 16i + tx] = 0.0f;
    }
    workgroupBarrier();
    for (var kk: i32 = 0i; kk < 16i; kk++) {
      acc += tileA[ty * 16i + kk] * tileB[kk * 16i + tx];
    }
    workgroupBarrier();
  }
  if (row < 1i && col < 32i) {
    let l151: f32 = t151[batch * 32i + col];
    let v495: f32 = acc * l151;
    t495[batch * 32i + col] = v495;
    let l158: f32 = t158[batch * 32i + col];
    let v496: f32 = acc * l158;
    t496[batch * 32i + col] = v496;
    let l150: f32 = t150[batch * 32i + col];
    let v505: f32 = v496 * l150;
    t505[batch * 32i + col] = v505;
  }
}
