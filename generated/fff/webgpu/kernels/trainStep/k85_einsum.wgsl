// kernel k85_einsum
@group(0) @binding(0) var<storage, read> t440: array<f32>;
@group(0) @binding(1) var<storage, read> t312: array<f32>;
@group(0) @binding(2) var<storage, read> t307: array<f32>;
@group(0) @binding(3) var<storage, read> t308: array<f32>;
@group(0) @binding(4) var<storage, read> t310: array<f32>;
@group(0) @binding(5) var<storage, read_write> t503: array<f32>;
var<workgroup> tileA: array<f32, 256>;
var<workgroup> tileB: array<f32, 256>;
@compute @workgroup_size(16, 16, 1)
fn k85_einsum(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
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
      tileB[ty * 16i + tx] = t312[batch * 256i + kb + col * 64i];
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
    let l307: f32 = t307[batch * 4i + col];
    let v495: f32 = acc * l307;
    let l308: f32 = t308[batch * 4i + col];
    let v496: f32 = l308 * l308;
    let v497: f32 = -v496;
    let v498: f32 = exp(v497);
    let v499: f32 = v498 * 1.1283792f;
    let v500: f32 = v495 * v499;
    let v501: f32 = v500 * 0.70710677f;
    let l310: f32 = t310[batch * 4i + col];
    let v494: f32 = acc * l310;
    let v502: f32 = v494 * 0.5f;
    let v503: f32 = v501 + v502;
    t503[batch * 4i + col] = v503;
  }
}
