// kernel k33a_einsum (compiler/std/lowbit.loom:66:9)
@group(0) @binding(0) var<storage, read> t125: array<f32>;
@group(0) @binding(1) var<storage, read> t126: array<f32>;
@group(0) @binding(2) var<storage, read> t98: array<f32>;
@group(0) @binding(3) var<storage, read> t146: array<f32>;
@group(0) @binding(4) var<storage, read> t162: array<f32>;
@group(0) @binding(5) var<storage, read> t178: array<f32>;
@group(0) @binding(6) var<storage, read> t194: array<f32>;
@group(0) @binding(7) var<storage, read_write> t195: array<f32>;
var<workgroup> tileA: array<f32, 256>;
var<workgroup> tileB: array<f32, 256>;
@compute @workgroup_size(16, 16, 1)
fn k33a_einsum(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
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
      tileA[ty * 16i + tx] = t125[batch * 4i + ka];
    } else {
      tileA[ty * 16i + tx] = 0.0f;
    }
    if (kb < 4i && col < 64i) {
      tileB[ty * 16i + tx] = t126[batch * 256i + kb * 64i + col];
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
    let l99: f32 = t98[batch * 64i + col];
    let v114: f32 = 0.0f * l99;
    let v128: f32 = v114 + acc;
    let l146: f32 = t146[batch * 64i + col];
    let v147: f32 = v128 + l146;
    let l162: f32 = t162[batch * 64i + col];
    let v163: f32 = v147 + l162;
    let l178: f32 = t178[batch * 64i + col];
    let v179: f32 = v163 + l178;
    let l194: f32 = t194[batch * 64i + col];
    let v195: f32 = v179 + l194;
    t195[batch * 64i + col] = v195;
  }
}
