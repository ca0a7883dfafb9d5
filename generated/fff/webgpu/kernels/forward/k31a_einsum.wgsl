// kernel k31a_einsum (compiler/std/lowbit.loom:66:9)
@group(0) @binding(0) var<storage, read> t123: array<f32>;
@group(0) @binding(1) var<storage, read> t124: array<f32>;
@group(0) @binding(2) var<storage, read> t96: array<f32>;
@group(0) @binding(3) var<storage, read> t144: array<f32>;
@group(0) @binding(4) var<storage, read> t160: array<f32>;
@group(0) @binding(5) var<storage, read> t176: array<f32>;
@group(0) @binding(6) var<storage, read> t192: array<f32>;
@group(0) @binding(7) var<storage, read_write> t193: array<f32>;
var<workgroup> tileA: array<f32, 256>;
var<workgroup> tileB: array<f32, 256>;
@compute @workgroup_size(16, 16, 1)
fn k31a_einsum(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
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
      tileA[ty * 16i + tx] = t123[batch * 4i + ka];
    } else {
      tileA[ty * 16i + tx] = 0.0f;
    }
    if (kb < 4i && col < 64i) {
      tileB[ty * 16i + tx] = t124[batch * 256i + kb * 64i + col];
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
    let l97: f32 = t96[batch * 64i + col];
    let v112: f32 = 0.0f * l97;
    let v126: f32 = v112 + acc;
    let l144: f32 = t144[batch * 64i + col];
    let v145: f32 = v126 + l144;
    let l160: f32 = t160[batch * 64i + col];
    let v161: f32 = v145 + l160;
    let l176: f32 = t176[batch * 64i + col];
    let v177: f32 = v161 + l176;
    let l192: f32 = t192[batch * 64i + col];
    let v193: f32 = v177 + l192;
    t193[batch * 64i + col] = v193;
  }
}
