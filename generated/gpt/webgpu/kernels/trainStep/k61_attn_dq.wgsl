// kernel k61_attn_dq
@group(0) @binding(0) var<storage, read_write> t417: array<f32>;
@group(0) @binding(1) var<storage, read> t64: array<f32>;
@group(0) @binding(2) var<storage, read> t70: array<f32>;
@group(0) @binding(3) var<storage, read> t414: array<f32>;
@group(0) @binding(4) var<storage, read> t416: array<f32>;
@group(0) @binding(5) var<storage, read> t411: array<f32>;
@group(0) @binding(6) var<storage, read> t76: array<f32>;
var<workgroup> acc: array<f32, 1024>;
@compute @workgroup_size(64, 1, 1)
fn k61_attn_dq(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 64i + i32(loom_lid.x);
  let i0: i32 = i / 256i;
  let i1: i32 = i / 64i % 4i;
  let i2: i32 = i % 64i;
  let base: i32 = i32(loom_lid.x) * 16i;
  let hi: i32 = min(64i, i2 + 1i);
  for (var c: i32 = 0i; c < 16i; c++) {
    acc[base + c] = 0.0f;
  }
  let l414: f32 = t414[i0 * 256i + i1 * 64i + i2];
  let l416: f32 = t416[i0 * 256i + i1 * 64i + i2];
  for (var j: i32 = 0i; j < hi; j++) {
    var dot: f32 = 0.0f;
    for (var c_1: i32 = 0i; c_1 < 16i; c_1++) {
      let l66: f32 = t64[i0 * 4096i + i1 * 16i + i2 * 64i + c_1];
      let l72: f32 = t70[i0 * 4096i + i1 * 16i + j * 64i + c_1];
      dot += l66 * l72;
    }
    let s: f32 = dot * 0.25f;
    let pj: f32 = exp(s - l414);
    var dot_1: f32 = 0.0f;
    for (var c_2: i32 = 0i; c_2 < 16i; c_2++) {
      let l411: f32 = t411[i0 * 4096i + i1 * 1024i + i2 * 16i + c_2];
      let l78: f32 = t76[i0 * 4096i + i1 * 16i + j * 64i + c_2];
      dot_1 += l411 * l78;
    }
    let ds: f32 = pj * (dot_1 - l416) * 0.25f;
    for (var c_3: i32 = 0i; c_3 < 16i; c_3++) {
      let l72_1: f32 = t70[i0 * 4096i + i1 * 16i + j * 64i + c_3];
      acc[base + c_3] = acc[base + c_3] + ds * l72_1;
    }
  }
  for (var c_4: i32 = 0i; c_4 < 16i; c_4++) {
    t417[i * 16i + c_4] = acc[base + c_4];
  }
}
