// kernel k63_einsum
@group(0) @binding(0) var<storage, read> t370: array<f32>;
@group(0) @binding(1) var<storage, read> t195: array<f32>;
@group(0) @binding(2) var<storage, read> t176: array<f32>;
@group(0) @binding(3) var<storage, read> t374: array<f32>;
@group(0) @binding(4) var<storage, read> t387: array<f32>;
@group(0) @binding(5) var<storage, read> t179: array<f32>;
@group(0) @binding(6) var<storage, read> t167: array<f32>;
@group(0) @binding(7) var<storage, read_write> t427: array<f32>;
var<workgroup> tileA: array<f32, 256>;
var<workgroup> tileB: array<f32, 256>;
@compute @workgroup_size(16, 16, 1)
fn k63_einsum(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
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
    if (row < 16i && ka < 1i) {
      tileA[ty * 16i + tx] = t370[batch * 16i + row];
    } else {
      tileA[ty * 16i + tx] = 0.0f;
    }
    if (kb < 1i && col < 16i) {
      tileB[ty * 16i + tx] = t195[batch * 16i + col];
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
    let l176: bool = t176[batch * 256i + row * 16i + col] != 0.0f;
    let l374: f32 = t374[batch * 256i + row * 16i + col];
    let v405: f32 = acc + l374;
    let l387: f32 = t387[batch * 256i + row * 16i + col];
    let v406: f32 = v405 + l387;
    let v409: f32 = select(v406, 0.0f, l176);
    let l179: f32 = t179[batch * 256i + row * 16i + col];
    let v410: f32 = v409 * l179;
    let l169: f32 = t167[batch / 16i * 4096i + batch / 4i % 4i * 16i + batch % 4i * 1024i + row * 64i + col];
    let v411: bool = l169 < 0.0f;
    let v412: f32 = f32(v411);
    let v413: bool = l169 == 0.0f;
    let v414: f32 = f32(v413);
    let v415: f32 = v414 * 0.5f;
    let v416: f32 = v412 + v415;
    let v417: f32 = v410 * v416;
    let v408: f32 = select(0.0f, v406, l176);
    let v427: f32 = v417 + v408;
    t427[batch * 256i + row * 16i + col] = v427;
  }
}
