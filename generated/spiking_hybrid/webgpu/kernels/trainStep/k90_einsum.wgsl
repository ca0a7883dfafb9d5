// kernel k90_einsum
@group(0) @binding(0) var<storage, read> t462: array<f32>;
@group(0) @binding(1) var<storage, read> t82: array<f32>;
@group(0) @binding(2) var<storage, read> t46: array<f32>;
@group(0) @binding(3) var<storage, read> t466: array<f32>;
@group(0) @binding(4) var<storage, read> t479: array<f32>;
@group(0) @binding(5) var<storage, read> t50: array<f32>;
@group(0) @binding(6) var<storage, read> t36: array<f32>;
@group(0) @binding(7) var<storage, read_write> t519: array<f32>;
var<workgroup> tileA: array<f32, 256>;
var<workgroup> tileB: array<f32, 256>;
@compute @workgroup_size(16, 16, 1)
fn k90_einsum(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
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
      tileA[ty * 16i + tx] = t462[batch * 16i + row];
    } else {
      tileA[ty * 16i + tx] = 0.0f;
    }
    if (kb < 1i && col < 16i) {
      tileB[ty * 16i + tx] = t82[batch * 16i + col];
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
    let l46: bool = t46[batch * 256i + row * 16i + col] != 0.0f;
    let l466: f32 = t466[batch * 256i + row * 16i + col];
    let v497: f32 = acc + l466;
    let l479: f32 = t479[batch * 256i + row * 16i + col];
    let v498: f32 = v497 + l479;
    let v501: f32 = select(v498, 0.0f, l46);
    let l50: f32 = t50[batch * 256i + row * 16i + col];
    let v502: f32 = v501 * l50;
    let l38: f32 = t36[batch / 16i * 4096i + batch / 4i % 4i * 16i + batch % 4i * 1024i + row * 64i + col];
    let v503: bool = l38 < 0.0f;
    let v504: f32 = f32(v503);
    let v505: bool = l38 == 0.0f;
    let v506: f32 = f32(v505);
    let v507: f32 = v506 * 0.5f;
    let v508: f32 = v504 + v507;
    let v509: f32 = v502 * v508;
    let v500: f32 = select(0.0f, v498, l46);
    let v519: f32 = v509 + v500;
    t519[batch * 256i + row * 16i + col] = v519;
  }
}
