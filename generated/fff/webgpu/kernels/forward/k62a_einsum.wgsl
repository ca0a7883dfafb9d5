// kernel k62a_einsum (compiler/std/lowbit.loom:66:9)
@group(0) @binding(0) var<storage, read> t279: array<f32>;
@group(0) @binding(1) var<storage, read> t280: array<f32>;
@group(0) @binding(2) var<storage, read> t270: array<f32>;
@group(0) @binding(3) var<storage, read> t295: array<f32>;
@group(0) @binding(4) var<storage, read> t311: array<f32>;
@group(0) @binding(5) var<storage, read> t327: array<f32>;
@group(0) @binding(6) var<storage, read> t343: array<f32>;
@group(0) @binding(7) var<storage, read_write> t344: array<f32>;
var<workgroup> tileA: array<f32, 256>;
var<workgroup> tileB: array<f32, 256>;
@compute @workgroup_size(16, 16, 1)
fn k62a_einsum(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
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
      tileA[ty * 16i + tx] = t279[batch * 4i + ka];
    } else {
      tileA[ty * 16i + tx] = 0.0f;
    }
    if (kb < 4i && col < 64i) {
      tileB[ty * 16i + tx] = t280[batch * 256i + kb * 64i + col];
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
    let l271: f32 = t270[batch * 64i + col];
    let v272: f32 = 0.0f * l271;
    let v282: f32 = v272 + acc;
    let l295: f32 = t295[batch * 64i + col];
    let v296: f32 = v282 + l295;
    let l311: f32 = t311[batch * 64i + col];
    let v312: f32 = v296 + l311;
    let l327: f32 = t327[batch * 64i + col];
    let v328: f32 = v312 + l327;
    let l343: f32 = t343[batch * 64i + col];
    let v344: f32 = v328 + l343;
    t344[batch * 64i + col] = v344;
  }
}
