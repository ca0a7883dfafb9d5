// kernel k95_einsum
@group(0) @binding(0) var<storage, read> t509: array<f32>;
@group(0) @binding(1) var<storage, read> t99: array<f32>;
@group(0) @binding(2) var<storage, read> t63: array<f32>;
@group(0) @binding(3) var<storage, read> t513: array<f32>;
@group(0) @binding(4) var<storage, read> t526: array<f32>;
@group(0) @binding(5) var<storage, read> t67: array<f32>;
@group(0) @binding(6) var<storage, read> t53: array<f32>;
@group(0) @binding(7) var<storage, read_write> t565: array<f32>;
var<workgroup> tileA: array<f32, 256>;
var<workgroup> tileB: array<f32, 256>;
@compute @workgroup_size(16, 16, 1)
fn k95_einsum(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
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
      tileA[ty * 16i + tx] = t509[batch * 16i + row];
    } else {
      tileA[ty * 16i + tx] = 0.0f;
    }
    if (kb < 1i && col < 16i) {
      tileB[ty * 16i + tx] = t99[batch * 16i + col];
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
    let l63: bool = t63[batch * 256i + row * 16i + col] != 0.0f;
    let l513: f32 = t513[batch * 256i + row * 16i + col];
    let v543: f32 = acc + l513;
    let l526: f32 = t526[batch * 256i + row * 16i + col];
    let v544: f32 = v543 + l526;
    let v547: f32 = select(v544, 0.0f, l63);
    let l67: f32 = t67[batch * 256i + row * 16i + col];
    let v548: f32 = v547 * l67;
    let l55: f32 = t53[batch / 16i * 4096i + batch / 4i % 4i * 16i + batch % 4i * 1024i + row * 64i + col];
    let v549: bool = l55 < 0.0f;
    let v550: f32 = f32(v549);
    let v551: bool = l55 == 0.0f;
    let v552: f32 = f32(v551);
    let v553: f32 = v552 * 0.5f;
    let v554: f32 = v550 + v553;
    let v555: f32 = v548 * v554;
    let v546: f32 = select(0.0f, v544, l63);
    let v565: f32 = v555 + v546;
    t565[batch * 256i + row * 16i + col] = v565;
  }
}
