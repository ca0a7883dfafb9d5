// kernel k202a_ew
@group(0) @binding(0) var<storage, read> p_optim_m_layers_0_attn_norm_g: array<f32>;
@group(0) @binding(1) var<storage, read> t873: array<f32>;
@group(0) @binding(2) var<storage, read> t989: array<f32>;
@group(0) @binding(3) var<storage, read_write> t1042: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_layers_0_attn_norm_g: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1048: array<f32>;
@group(0) @binding(6) var<storage, read> t999: array<f32>;
@group(0) @binding(7) var<storage, read_write> t1055: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k202a_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 64i) {
    let l1036: f32 = p_optim_m_layers_0_attn_norm_g[i];
    let v1039: f32 = l1036 * 0.9f;
    let l873: f32 = t873[i];
    let l1034: f32 = t989[0i];
    let v1035: f32 = l873 * l1034;
    let v1041: f32 = v1035 * 0.1f;
    let v1042: f32 = v1039 + v1041;
    t1042[i] = v1042;
    let l1037: f32 = p_optim_v_layers_0_attn_norm_g[i];
    let v1044: f32 = l1037 * 0.95f;
    let v1045: f32 = v1035 * v1035;
    let v1047: f32 = v1045 * 0.05f;
    let v1048: f32 = v1044 + v1047;
    t1048[i] = v1048;
    let v1049: f32 = sqrt(v1048);
    let l1051: f32 = t999[0i];
    let v1052: f32 = v1049 / l1051;
    let v1054: f32 = v1052 + 1e-8f;
    let v1055: f32 = v1042 / v1054;
    t1055[i] = v1055;
  }
}
