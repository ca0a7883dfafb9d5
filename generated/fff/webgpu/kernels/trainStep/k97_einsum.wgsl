// kernel k97_einsum
@group(0) @binding(0) var<storage, read> t440: array<f32>;
@group(0) @binding(1) var<storage, read> t282: array<f32>;
@group(0) @binding(2) var<storage, read> t277: array<f32>;
@group(0) @binding(3) var<storage, read> t278: array<f32>;
@group(0) @binding(4) var<storage, read> t280: array<f32>;
@group(0) @binding(5) var<storage, read_write> t535: array<f32>;
var<workgroup> tileA: array<f32, 256>;
var<workgroup> tileB: array<f32, 256>;
@compute @workgroup_size(16, 16, 1)
fn k97_einsum(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
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
      tileB[ty * 16i + tx] = t282[batch * 256i + kb + col * 64i];
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
    let l277: f32 = t277[batch * 4i + col];
    let v527: f32 = acc * l277;
    let l278: f32 = t278[batch * 4i + col];
    let v528: f32 = l278 * l278;
    let v529: f32 = -v528;
    let v530: f32 = exp(v529);
    let v531: f32 = v530 * 1.1283792f;
    let v532: f32 = v527 * v531;
    let v533: f32 = v532 * 0.70710677f;
    let l280: f32 = t280[batch * 4i + col];
    let v526: f32 = acc * l280;
    let v534: f32 = v526 * 0.5f;
    let v535: f32 = v533 + v534;
    t535[batch * 4i + col] = v535;
  }
}
