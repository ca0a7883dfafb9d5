// kernel k152_einsum
@group(0) @binding(0) var<storage, read> t625: array<f32>;
@group(0) @binding(1) var<storage, read> t126: array<f32>;
@group(0) @binding(2) var<storage, read> t119: array<f32>;
@group(0) @binding(3) var<storage, read> t121: array<f32>;
@group(0) @binding(4) var<storage, read> t124: array<f32>;
@group(0) @binding(5) var<storage, read_write> t719: array<f32>;
var<workgroup> tileA: array<f32, 256>;
var<workgroup> tileB: array<f32, 256>;
@compute @workgroup_size(16, 16, 1)
fn k152_einsum(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
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
      tileB[ty * 16i + tx] = t126[batch * 256i + kb + col * 64i];
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
    let l119: f32 = t119[batch * 4i + col];
    let v711: f32 = acc * l119;
    let l121: f32 = t121[batch * 4i + col];
    let v712: f32 = l121 * l121;
    let v713: f32 = -v712;
    let v714: f32 = exp(v713);
    let v715: f32 = v714 * 1.1283792f;
    let v716: f32 = v711 * v715;
    let v717: f32 = v716 * 0.70710677f;
    let l124: f32 = t124[batch * 4i + col];
    let v710: f32 = acc * l124;
    let v718: f32 = v710 * 0.5f;
    let v719: f32 = v717 + v718;
    t719[batch * 4i + col] = v719;
  }
}
