// kernel k7_einsum (dsl-examples/gla.loom:22:9)
@group(0) @binding(0) var<storage, read> t68: array<f32>;
@group(0) @binding(1) var<storage, read> t48: array<f32>;
@group(0) @binding(2) var<storage, read_write> t52: array<f32>;
@group(0) @binding(3) var<storage, read_write> t82: array<f32>;
@group(0) @binding(4) var<storage, read_write> t124: array<f32>;
@group(0) @binding(5) var<storage, read_write> t125: array<f32>;
var<workgroup> tileA: array<f32, 256>;
var<workgroup> tileB: array<f32, 256>;
@compute @workgroup_size(16, 16, 1)
fn k7_einsum(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
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
    if (kb < 16i && col < 4096i) {
      tileB[ty * 16i + tx] = t68[kb * 64i + (col / 256i * 4096i + col / 64i % 4i * 16i + col / 16i % 4i * 1024i + col % 16i)];
    } else {
      tileB[ty * 16i + tx] = 0.0f;
    }
    workgroupBarrier();
    for (var kk: i32 = 0i; kk < 16i; kk++) {
      acc += tileA[ty * 16i + kk] * tileB[kk * 16i + tx];
    }
    workgroupBarrier();
  }
  if (row < 16i && col < 4096i) {
    let l50: f32 = t48[row * 64i + col / 256i * 4096i + col / 64i % 4i * 16i + col / 16i % 4i * 1024i + col % 16i];
    let v52: f32 = l50 * 0.25f;
    t52[row * 16i + col / 16i * 256i + col % 16i] = v52;
    t82[row * 16i + col / 16i * 256i + col % 16i] = acc;
    let v124: f32 = exp(acc);
    t124[row * 16i + col / 16i * 256i + col % 16i] = v124;
    let v125: f32 = v52 * v124;
    t125[row * 16i + col / 16i * 256i + col % 16i] = v125;
  }
}
