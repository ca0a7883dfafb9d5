// kernel k102a_einsum
@group(0) @binding(0) var<storage, read> t455: array<f32>;
@group(0) @binding(1) var<storage, read> t353: array<f32>;
@group(0) @binding(2) var<storage, read> t440: array<f32>;
@group(0) @binding(3) var<storage, read_write> t539: array<f32>;
@group(0) @binding(4) var<storage, read> t473: array<f32>;
@group(0) @binding(5) var<storage, read> t489: array<f32>;
@group(0) @binding(6) var<storage, read> t505: array<f32>;
@group(0) @binding(7) var<storage, read_write> t542: array<f32>;
var<workgroup> tileA: array<f32, 256>;
var<workgroup> tileB: array<f32, 256>;
@compute @workgroup_size(16, 16, 1)
fn k102a_einsum(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
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
      tileA[ty * 16i + tx] = t455[batch * 4i + ka];
    } else {
      tileA[ty * 16i + tx] = 0.0f;
    }
    if (kb < 4i && col < 64i) {
      tileB[ty * 16i + tx] = t353[batch * 256i + kb * 64i + col];
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
    let l441: f32 = t440[batch * 64i + col];
    let v539: f32 = l441 * 0.0f;
    t539[batch * 64i + col] = v539;
    let l473: f32 = t473[batch * 64i + col];
    let v540: f32 = acc + l473;
    let l489: f32 = t489[batch * 64i + col];
    let v541: f32 = v540 + l489;
    let l505: f32 = t505[batch * 64i + col];
    let v542: f32 = v541 + l505;
    t542[batch * 64i + col] = v542;
  }
}
