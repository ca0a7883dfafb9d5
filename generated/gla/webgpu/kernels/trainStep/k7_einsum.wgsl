// kernel k7_einsum (dsl-examples/gla.loom:22:9)
@group(0) @binding(0) var<storage, read> t74: array<f32>;
@group(0) @binding(1) var<storage, read> t48: array<f32>;
@group(0) @binding(2) var<storage, read_write> t52: array<f32>;
@group(0) @binding(3) var<storage, read_write> t88: array<f32>;
@group(0) @binding(4) var<storage, read_write> t130: array<f32>;
@group(0) @binding(5) var<storage, read_write> t131: array<f32>;
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
      tileB[ty * 16i + tx] = t74[kb * 64i + col / 256i * 4096i + col / 64i % 4i * 16i + col / 16i % 4i * 1024i + col % 16i];
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
    t88[row * 16i + col / 16i * 256i + col % 16i] = acc;
    let v130: f32 = exp(acc);
    t130[row * 16i + col / 16i * 256i + col % 16i] = v130;
    let v131: f32 = v52 * v130;
    t131[row * 16i + col / 16i * 256i + col % 16i] = v131;
  }
}
