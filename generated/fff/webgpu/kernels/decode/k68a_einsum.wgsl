// kernel k68a_einsum (compiler/std/lowbit.loom:66:9)
@group(0) @binding(0) var<storage, read> t304: array<f32>;
@group(0) @binding(1) var<storage, read> t305: array<f32>;
@group(0) @binding(2) var<storage, read> t295: array<f32>;
@group(0) @binding(3) var<storage, read> t320: array<f32>;
@group(0) @binding(4) var<storage, read> t336: array<f32>;
@group(0) @binding(5) var<storage, read> t352: array<f32>;
@group(0) @binding(6) var<storage, read> t368: array<f32>;
@group(0) @binding(7) var<storage, read_write> t369: array<f32>;
var<workgroup> tileA: array<f32, 256>;
var<workgroup> tileB: array<f32, 256>;
@compute @workgroup_size(16, 16, 1)
fn k68a_einsum(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
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
      tileA[ty * 16i + tx] = t304[ka];
    } else {
      tileA[ty * 16i + tx] = 0.0f;
    }
    if (kb < 4i && col < 64i) {
      tileB[ty * 16i + tx] = t305[kb * 64i + col];
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
    let l296: f32 = t295[col];
    let v297: f32 = 0.0f * l296;
    let v307: f32 = v297 + acc;
    let l320: f32 = t320[col];
    let v321: f32 = v307 + l320;
    let l336: f32 = t336[col];
    let v337: f32 = v321 + l336;
    let l352: f32 = t352[col];
    let v353: f32 = v337 + l352;
    let l368: f32 = t368[col];
    let v369: f32 = v353 + l368;
    t369[col] = v369;
  }
}
