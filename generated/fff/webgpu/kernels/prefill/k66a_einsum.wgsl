// kernel k66a_einsum (compiler/std/lowbit.loom:66:9)
@group(0) @binding(0) var<storage, read> t283: array<f32>;
@group(0) @binding(1) var<storage, read> t284: array<f32>;
@group(0) @binding(2) var<storage, read> t274: array<f32>;
@group(0) @binding(3) var<storage, read> t299: array<f32>;
@group(0) @binding(4) var<storage, read> t315: array<f32>;
@group(0) @binding(5) var<storage, read> t331: array<f32>;
@group(0) @binding(6) var<storage, read> t347: array<f32>;
@group(0) @binding(7) var<storage, read_write> t348: array<f32>;
var<workgroup> tileA: array<f32, 256>;
var<workgroup> tileB: array<f32, 256>;
@compute @workgroup_size(16, 16, 1)
fn k66a_einsum(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
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
    if (row < 1i && ka < 4i) {
      tileA[ty * 16i + tx] = t283[batch * 4i + ka];
    } else {
      tileA[ty * 16i + tx] = 0.0f;
    }
    if (kb < 4i && col < 64i) {
      tileB[ty * 16i + tx] = t284[batch * 256i + kb * 64i + col];
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
    let l275: f32 = t274[batch * 64i + col];
    let v276: f32 = 0.0f * l275;
    let v286: f32 = v276 + acc;
    let l299: f32 = t299[batch * 64i + col];
    let v300: f32 = v286 + l299;
    let l315: f32 = t315[batch * 64i + col];
    let v316: f32 = v300 + l315;
    let l331: f32 = t331[batch * 64i + col];
    let v332: f32 = v316 + l331;
    let l347: f32 = t347[batch * 64i + col];
    let v348: f32 = v332 + l347;
    t348[batch * 64i + col] = v348;
  }
}
