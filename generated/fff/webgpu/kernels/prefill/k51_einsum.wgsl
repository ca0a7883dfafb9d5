// kernel k51_einsum (compiler/std/lowbit.loom:68:11)
@group(0) @binding(0) var<storage, read> t274: array<f32>;
@group(0) @binding(1) var<storage, read> t307: array<f32>;
@group(0) @binding(2) var<storage, read_write> t313: array<f32>;
@group(0) @binding(3) var<storage, read> t305: array<f32>;
@group(0) @binding(4) var<storage, read_write> t321: array<f32>;
@group(0) @binding(5) var<storage, read_write> t322: array<f32>;
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
fn k51_einsum(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
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
      tileA[ty * 16i + tx] = t274[batch * 64i + ka];
    } else {
      tileA[ty * 16i + tx] = 0.0f;
    }
    if (kb < 64i && col < 4i) {
      tileB[ty * 16i + tx] = t307[batch * 256i + kb + col * 64i];
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
    let v309: f32 = 0.5f * acc;
    let v310: f32 = acc * 0.70710677f;
    let v311: f32 = loom_erf(v310);
    let v312: f32 = 1.0f + v311;
    let v313: f32 = v309 * v312;
    t313[batch * 4i + col] = v313;
    let l305: f32 = t305[batch * 4i + col];
    let v317: f32 = 2.0f * l305;
    let v318: f32 = v317 + 1.0f;
    let v319: bool = acc >= 0.0f;
    let v320: f32 = f32(v319);
    let v321: f32 = v318 + v320;
    t321[batch * 4i + col] = v321;
    let g: f32 = f32((batch * 4i + col) % 4i);
    let g_1: f32 = g * 63.0f;
    let g_2: f32 = f32((batch * 4i + col) / 4i);
    let g_3: f32 = 0.0f * g_2;
    let l110: f32 = g_1 + g_3;
    let v322: f32 = l110 + v321;
    t322[batch * 4i + col] = v322;
  }
}
