// kernel k154a_ew
@group(0) @binding(0) var<storage, read> p_optim_m_layers_0_attn_kv_norm_g: array<f32>;
@group(0) @binding(1) var<storage, read> t542: array<f32>;
@group(0) @binding(2) var<storage, read> t756: array<f32>;
@group(0) @binding(3) var<storage, read_write> t937: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_layers_0_attn_kv_norm_g: array<f32>;
@group(0) @binding(5) var<storage, read_write> t943: array<f32>;
@group(0) @binding(6) var<storage, read> t766: array<f32>;
@group(0) @binding(7) var<storage, read_write> t949: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k154a_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 16i) {
    let l931: f32 = p_optim_m_layers_0_attn_kv_norm_g[i];
    let v934: f32 = l931 * 0.9f;
    let l543: f32 = t542[i];
    let l929: f32 = t756[0i];
    let v930: f32 = l543 * l929;
    let v936: f32 = v930 * 0.1f;
    let v937: f32 = v934 + v936;
    t937[i] = v937;
    let l932: f32 = p_optim_v_layers_0_attn_kv_norm_g[i];
    let v939: f32 = l932 * 0.95f;
    let v940: f32 = v930 * v930;
    let v942: f32 = v940 * 0.05f;
    let v943: f32 = v939 + v942;
    t943[i] = v943;
    let v944: f32 = sqrt(v943);
    let l945: f32 = t766[0i];
    let v946: f32 = v944 / l945;
    let v948: f32 = v946 + 1e-8f;
    let v949: f32 = v937 / v948;
    t949[i] = v949;
  }
}
