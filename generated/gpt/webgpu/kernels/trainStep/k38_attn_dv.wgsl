// kernel k38_attn_dv
@group(0) @binding(0) var<storage, read_write> t322: array<f32>;
@group(0) @binding(1) var<storage, read> t140: array<f32>;
@group(0) @binding(2) var<storage, read> t146: array<f32>;
@group(0) @binding(3) var<storage, read> t317: array<f32>;
@group(0) @binding(4) var<storage, read> t314: array<f32>;
var<workgroup> acc: array<f32, 1024>;
@compute @workgroup_size(64, 1, 1)
fn k38_attn_dv(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
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
        let l142: f32 = t140[i0 * 4096i + h * 16i + i_1 * 64i + c_1];
        let l148: f32 = t146[i0 * 4096i + i1 * 16i + i2 * 64i + c_1];
        dot += l142 * l148;
      }
      let l317: f32 = t317[i0 * 256i + h * 64i + i_1];
      let pj: f32 = exp(dot * 0.25f - l317);
      for (var c_2: i32 = 0i; c_2 < 16i; c_2++) {
        let l314: f32 = t314[i0 * 4096i + h * 1024i + i_1 * 16i + c_2];
        acc[base + c_2] = acc[base + c_2] + pj * l314;
      }
    }
  }
  for (var c_3: i32 = 0i; c_3 < 16i; c_3++) {
    t322[i * 16i + c_3] = acc[base + c_3];
  }
}
