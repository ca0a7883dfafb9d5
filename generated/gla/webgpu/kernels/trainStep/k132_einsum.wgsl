// kernel k132_einsum
@group(0) @binding(0) var<storage, read> t610: array<f32>;
@group(0) @binding(1) var<storage, read> t94: array<f32>;
@group(0) @binding(2) var<storage, read> t93: array<f32>;
@group(0) @binding(3) var<storage, read_write> t617: array<f32>;
var<workgroup> tileA: array<f32, 256>;
var<workgroup> tileB: array<f32, 256>;
@compute @workgroup_size(16, 16, 1)
fn k132_einsum(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let tx: i32 = i32(loom_lid.x);
  let ty: i32 = i32(loom_lid.y);
  let batch: i32 = i32(loom_wid.z) * 2i + i32(loom_wid.y);
  let row0: i32 = 0i;
  let col0: i32 = i32(loom_wid.x) * 16i;
  if (batch < 65536i) {
    let row: i32 = row0 + ty;
    let col: i32 = col0 + tx;
    var acc: f32 = 0.0f;
    for (var t: i32 = 0i; t < 1i; t++) {
      let ka: i32 = t * 16i + tx;
      let kb: i32 = t * 16i + ty;
      if (row < 1i && ka < 1i) {
        tileA[ty * 16i + tx] = t610[batch];
      } else {
        tileA[ty * 16i + tx] = 0.0f;
      }
      if (kb < 1i && col < 16i) {
        tileB[ty * 16i + tx] = t94[batch / 16i * 256i + batch % 16i + col * 16i];
      } else {
        tileB[ty * 16i + tx] = 0.0f;
      }
      workgroupBarrier();
      for (var kk: i32 = 0i; kk < 16i; kk++) {
        acc += tileA[ty * 16i + kk] * tileB[kk * 16i + tx];
      }
      workgroupBarrier();
    }
    if (row < 1i && col < 16i) {
      let g: f32 = f32(batch % 256i % 16i);
      let g_1: f32 = f32(batch % 256i / 16i);
      let l90: bool = g <= g_1;
      let l93: f32 = t93[batch * 16i + col];
      let v616: f32 = acc * l93;
      let v617: f32 = select(0.0f, v616, l90);
      t617[batch * 16i + col] = v617;
    }
  }
}
