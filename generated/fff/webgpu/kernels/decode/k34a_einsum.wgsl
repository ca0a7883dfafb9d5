// kernel k34a_einsum (compiler/std/lowbit.loom:66:9)
@group(0) @binding(0) var<storage, read> t138: array<f32>;
@group(0) @binding(1) var<storage, read> t139: array<f32>;
@group(0) @binding(2) var<storage, read> t118: array<f32>;
@group(0) @binding(3) var<storage, read> t159: array<f32>;
@group(0) @binding(4) var<storage, read> t175: array<f32>;
@group(0) @binding(5) var<storage, read> t191: array<f32>;
@group(0) @binding(6) var<storage, read> t207: array<f32>;
@group(0) @binding(7) var<storage, read_write> t208: array<f32>;
var<workgroup> tileA: array<f32, 256>;
var<workgroup> tileB: array<f32, 256>;
@compute @workgroup_size(16, 16, 1)
fn k34a_einsum(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
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
      tileA[ty * 16i + tx] = t138[ka];
    } else {
      tileA[ty * 16i + tx] = 0.0f;
    }
    if (kb < 4i && col < 64i) {
      tileB[ty * 16i + tx] = t139[kb * 64i + col];
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
    let l119: f32 = t118[col];
    let v127: f32 = 0.0f * l119;
    let v141: f32 = v127 + acc;
    let l159: f32 = t159[col];
    let v160: f32 = v141 + l159;
    let l175: f32 = t175[col];
    let v176: f32 = v160 + l175;
    let l191: f32 = t191[col];
    let v192: f32 = v176 + l191;
    let l207: f32 = t207[col];
    let v208: f32 = v192 + l207;
    t208[col] = v208;
  }
}
