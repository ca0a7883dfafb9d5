// kernel k27_einsum (compiler/std/lowbit.loom:68:11)
@group(0) @binding(0) var<storage, read> t118: array<f32>;
@group(0) @binding(1) var<storage, read> t199: array<f32>;
@group(0) @binding(2) var<storage, read_write> t205: array<f32>;
@group(0) @binding(3) var<storage, read> t197: array<f32>;
@group(0) @binding(4) var<storage, read_write> t214: array<f32>;
var<workgroup> tileA: array<f32, 256>;
var<workgroup> tileB: array<f32, 256>;
fn loom_erf(x: f32) -> f32 {
  let z = abs(x);
  if (z < 0.5f) {
    let x2 = x * x;
    return x * (1.1283791670955126f + x2 * (-0.3761263890318375f + x2 * (0.11283791670955126f + x2 * (-0.02686617064513125f + x2 * (0.005223977625442187f + x2 * (-0.0008548327023450852f))))));
  }
  let t = 1.0f / (1.0f + 0.5f * z);
  let erfc = t * exp(-z * z + (-1.26551223f + t * (1.00002368f + t * (0.37409196f + t * (0.09678418f + t * (-0.18628806f + t * (0.27886807f + t * (-1.13520398f + t * (1.48851587f + t * (-0.82215223f + t * (0.17087277f)))))))))));
  return select(1.0f - erfc, erfc - 1.0f, x < 0.0f);
}
@compute @workgroup_size(16, 16, 1)
fn k27_einsum(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
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
      tileA[ty * 16i + tx] = t118[ka];
    } else {
      tileA[ty * 16i + tx] = 0.0f;
    }
    if (kb < 64i && col < 4i) {
      tileB[ty * 16i + tx] = t199[kb + col * 64i];
    } else {
      tileB[ty * 16i + tx] = 0.0f;
    }
    workgroupBarrier();
    for (var kk: i32 = 0i; kk < 16i; kk++) {
      acc += tileA[ty * 16i + kk] * tileB[kk * 16i + tx];
    }
    workgroupBarrier();
  }
  if (row < 1i && col < 4i) {
    let v201: f32 = 0.5f * acc;
    let v202: f32 = acc * 0.70710677f;
    let v203: f32 = loom_erf(v202);
    let v204: f32 = 1.0f + v203;
    let v205: f32 = v201 * v204;
    t205[col] = v205;
    let g: f32 = f32(col);
    let l123: f32 = g * 63.0f;
    let l197: f32 = t197[col];
    let v209: f32 = 2.0f * l197;
    let v210: f32 = v209 + 1.0f;
    let v211: bool = acc >= 0.0f;
    let v212: f32 = f32(v211);
    let v213: f32 = v210 + v212;
    let v214: f32 = l123 + v213;
    t214[col] = v214;
  }
}
