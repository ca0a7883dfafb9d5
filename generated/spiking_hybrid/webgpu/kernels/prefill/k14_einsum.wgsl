// kernel k14_einsum (compiler/std/linear.loom:26:9)
@group(0) @binding(0) var<storage, read> t69: array<f32>;
@group(0) @binding(1) var<storage, read> t41: array<f32>;
@group(0) @binding(2) var<storage, read> t83: array<f32>;
@group(0) @binding(3) var<storage, read> t90: array<f32>;
@group(0) @binding(4) var<storage, read_write> t92: array<f32>;
var<workgroup> tileA: array<f32, 256>;
var<workgroup> tileB: array<f32, 256>;
@compute @workgroup_size(16, 16, 1)
fn k14_einsum(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
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
    if (row < 16i && ka < 16i) {
      tileA[ty * 16i + tx] = t69[batch * 256i + row * 16i + ka];
    } else {
      tileA[ty * 16i + tx] = 0.0f;
    }
    if (kb < 16i && col < 16i) {
      tileB[ty * 16i + tx] = t41[batch / 4i * 16i + batch % 4i * 1024i + kb * 64i + col];
    } else {
      tileB[ty * 16i + tx] = 0.0f;
    }
    workgroupBarrier();
    for (var kk: i32 = 0i; kk < 16i; kk++) {
      acc += tileA[ty * 16i + kk] * tileB[kk * 16i + tx];
    }
    workgroupBarrier();
  }
  if (row < 16i && col < 16i) {
    let l83: f32 = t83[batch * 256i + row * 16i + col];
    let v84: f32 = acc + l83;
    let l91: f32 = t90[batch * 16i + row];
    let v92: f32 = v84 / l91;
    t92[batch * 256i + row * 16i + col] = v92;
  }
}
