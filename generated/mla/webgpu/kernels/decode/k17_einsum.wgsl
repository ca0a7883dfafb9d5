// kernel k17_einsum (compiler/std/functional.loom:47:10)
@group(0) @binding(0) var<storage, read> t88: array<f32>;
@group(0) @binding(1) var<storage, read> t136: array<f32>;
@group(0) @binding(2) var<storage, read> in_pos: array<f32>;
@group(0) @binding(3) var<storage, read_write> t145: array<f32>;
@group(0) @binding(4) var<storage, read_write> t147: array<f32>;
var<workgroup> tileA: array<f32, 256>;
var<workgroup> tileB: array<f32, 256>;
@compute @workgroup_size(16, 16, 1)
fn k17_einsum(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let tx: i32 = i32(loom_lid.x);
  let ty: i32 = i32(loom_lid.y);
  let batch: i32 = i32(loom_wid.z);
  let row0: i32 = i32(loom_wid.y) * 16i;
  let col0: i32 = i32(loom_wid.x) * 16i;
  let row: i32 = row0 + ty;
  let col: i32 = col0 + tx;
  var acc: f32 = 0.0f;
  for (var t: i32 = 0i; t < 2i; t++) {
    let ka: i32 = t * 16i + tx;
    let kb: i32 = t * 16i + ty;
    if (row < 1i && ka < 24i) {
      tileA[ty * 16i + tx] = t88[batch * 24i + ka];
    } else {
      tileA[ty * 16i + tx] = 0.0f;
    }
    if (kb < 24i && col < 64i) {
      tileB[ty * 16i + tx] = t136[batch * 1536i + kb + col * 24i];
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
    let l144: f32 = f32((batch * 64i + col) % 64i);
    let l143: f32 = in_pos[0i];
    let v145: bool = l144 <= l143;
    t145[batch * 64i + col] = f32(v145);
    let v141: f32 = acc * 0.20412415f;
    let v147: f32 = select(-1e+30f, v141, v145);
    t147[batch * 64i + col] = v147;
  }
}
