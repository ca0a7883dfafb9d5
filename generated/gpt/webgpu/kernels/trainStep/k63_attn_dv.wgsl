// kernel k63_attn_dv
@group(0) @binding(0) var<storage, read_write> t419: array<f32>;
@group(0) @binding(1) var<storage, read> t64: array<f32>;
@group(0) @binding(2) var<storage, read> t70: array<f32>;
@group(0) @binding(3) var<storage, read> t414: array<f32>;
@group(0) @binding(4) var<storage, read> t411: array<f32>;
var<workgroup> acc: array<f32, 1024>;
@compute @workgroup_size(64, 1, 1)
fn k63_attn_dv(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 64i + i32(loom_lid.x);
  let i0: i32 = i / 256i;
  let i1: i32 = i / 64i % 4i;
  let i2: i32 = i % 64i;
  let base: i32 = i32(loom_lid.x) * 16i;
  let lo: i32 = max(0i, i2);
  for (var c: i32 = 0i; c < 16i; c++) {
    acc[base + c] = 0.0f;
  }
  for (var hh: i32 = 0i; hh < 1i; hh++) {
    let h: i32 = i1 + hh;
    for (var i_1: i32 = lo; i_1 < 64i; i_1++) {
      var dot: f32 = 0.0f;
      for (var c_1: i32 = 0i; c_1 < 16i; c_1++) {
        let l66: f32 = t64[i0 * 4096i + h * 16i + i_1 * 64i + c_1];
        let l72: f32 = t70[i0 * 4096i + i1 * 16i + i2 * 64i + c_1];
        dot += l66 * l72;
      }
      let l414: f32 = t414[i0 * 256i + h * 64i + i_1];
      let pj: f32 = exp(dot * 0.25f - l414);
      for (var c_2: i32 = 0i; c_2 < 16i; c_2++) {
        let l411: f32 = t411[i0 * 4096i + h * 1024i + i_1 * 16i + c_2];
        acc[base + c_2] = acc[base + c_2] + pj * l411;
      }
    }
  }
  for (var c_3: i32 = 0i; c_3 < 16i; c_3++) {
    t419[i * 16i + c_3] = acc[base + c_3];
  }
}
