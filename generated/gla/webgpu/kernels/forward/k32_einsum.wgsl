// kernel k32_einsum (dsl-examples/gla.loom:22:9)
@group(0) @binding(0) var<storage, read> t196: array<f32>;
@group(0) @binding(1) var<storage, read> t178: array<f32>;
@group(0) @binding(2) var<storage, read_write> t181: array<f32>;
@group(0) @binding(3) var<storage, read_write> t203: array<f32>;
@group(0) @binding(4) var<storage, read_write> t231: array<f32>;
var<workgroup> tileA: array<f32, 256>;
var<workgroup> tileB: array<f32, 256>;
@compute @workgroup_size(16, 16, 1)
fn k32_einsum(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
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
      tileA[ty * 16i + tx] = f32(f32((row * 16i + ka) / 16i) >= f32((row * 16i + ka) % 16i));
    } else {
      tileA[ty * 16i + tx] = 0.0f;
    }
    if (kb < 16i && col < 256i) {
      tileB[ty * 16i + tx] = t196[kb * 64i + (col / 64i * 16i + col / 16i % 4i * 1024i + col % 16i)];
    } else {
      tileB[ty * 16i + tx] = 0.0f;
    }
    workgroupBarrier();
    for (var kk: i32 = 0i; kk < 16i; kk++) {
      acc += tileA[ty * 16i + kk] * tileB[kk * 16i + tx];
    }
    workgroupBarrier();
  }
  if (row < 16i && col < 256i) {
    let l180: f32 = t178[row * 64i + col / 64i * 16i + col / 16i % 4i * 1024i + col % 16i];
    let v181: f32 = l180 * 0.25f;
    t181[row * 16i + col / 16i * 256i + col % 16i] = v181;
    t203[row * 16i + col / 16i * 256i + col % 16i] = acc;
    let v230: f32 = exp(acc);
    let v231: f32 = v181 * v230;
    t231[row * 16i + col / 16i * 256i + col % 16i] = v231;
  }
}
