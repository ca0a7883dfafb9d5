// kernel k58a_einsum
@group(0) @binding(0) var<storage, read> t350: array<f32>;
@group(0) @binding(1) var<storage, read> t271: array<f32>;
@group(0) @binding(2) var<storage, read> t262: array<f32>;
@group(0) @binding(3) var<storage, read_write> t355: array<f32>;
@group(0) @binding(4) var<storage, read> t269: array<f32>;
@group(0) @binding(5) var<storage, read_write> t356: array<f32>;
@group(0) @binding(6) var<storage, read> t261: array<f32>;
@group(0) @binding(7) var<storage, read_write> t365: array<f32>;
var<workgroup> tileA: array<f32, 256>;
var<workgroup> tileB: array<f32, 256>;
@compute @workgroup_size(16, 16, 1)
fn k58a_einsum(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
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
      tileA[ty * 16i + tx] = t350[batch * 64i + ka];
    } else {
      tileA[ty * 16i + tx] = 0.0f;
    }
    if (kb < 64i && col < 32i) {
      tileB[ty * 16i + tx] = t271[batch * 2048i + kb + col * 64i];
    } else {
      tileB[ty * 16i + tx] = 0.0f;
    }
    workgroupBarrier();
    for (var kk: i32 = 0i; kk < 16i; kk++) {
      acc += tileA[ty * 16i + kk] * tileB[kk * 16i + tx];
    }
    workgroupBarrier();
  }
  if (row < 1i && col < 32i) {
    let l262: f32 = t262[batch * 32i + col];
    let v355: f32 = acc * l262;
    t355[batch * 32i + col] = v355;
    let l269: f32 = t269[batch * 32i + col];
    let v356: f32 = acc * l269;
    t356[batch * 32i + col] = v356;
    let l261: f32 = t261[batch * 32i + col];
    let v365: f32 = v356 * l261;
    t365[batch * 32i + col] = v365;
  }
}
