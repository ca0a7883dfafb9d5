// kernel k146_einsum
@group(0) @binding(0) var<storage, read> t625: array<f32>;
@group(0) @binding(1) var<storage, read> t145: array<f32>;
@group(0) @binding(2) var<storage, read> t140: array<f32>;
@group(0) @binding(3) var<storage, read> t141: array<f32>;
@group(0) @binding(4) var<storage, read> t143: array<f32>;
@group(0) @binding(5) var<storage, read_write> t703: array<f32>;
var<workgroup> tileA: array<f32, 256>;
var<workgroup> tileB: array<f32, 256>;
@compute @workgroup_size(16, 16, 1)
fn k146_einsum(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
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
      tileB[ty * 16i + tx] = t145[batch * 256i + kb + col * 64i];
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
    let l140: f32 = t140[batch * 4i + col];
    let v695: f32 = acc * l140;
    let l141: f32 = t141[batch * 4i + col];
    let v696: f32 = l141 * l141;
    let v697: f32 = -v696;
    let v698: f32 = exp(v697);
    let v699: f32 = v698 * 1.1283792f;
    let v700: f32 = v695 * v699;
    let v701: f32 = v700 * 0.70710677f;
    let l143: f32 = t143[batch * 4i + col];
    let v694: f32 = acc * l143;
    let v702: f32 = v694 * 0.5f;
    let v703: f32 = v701 + v702;
    t703[batch * 4i + col] = v703;
  }
}
