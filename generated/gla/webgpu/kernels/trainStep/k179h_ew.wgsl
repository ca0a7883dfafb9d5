// kernel k179h_ew
@group(0) @binding(0) var<storage, read> p_optim_m_layers_1_attn_norm_g: array<f32>;
@group(0) @binding(1) var<storage, read> t1198: array<f32>;
@group(0) @binding(2) var<storage, read_write> t1203: array<f32>;
@group(0) @binding(3) var<storage, read> p_optim_v_layers_1_attn_norm_g: array<f32>;
@group(0) @binding(4) var<storage, read_write> t1207: array<f32>;
@group(0) @binding(5) var<storage, read> t850: array<f32>;
@group(0) @binding(6) var<storage, read> t849: array<f32>;
@group(0) @binding(7) var<storage, read_write> t1212: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k179h_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 64i) {
    let l1199: f32 = p_optim_m_layers_1_attn_norm_g[i];
    let v1201: f32 = l1199 * 0.9f;
    let x1198: f32 = t1198[i];
    let v1202: f32 = x1198 * 0.1f;
    let v1203: f32 = v1201 + v1202;
    t1203[i] = v1203;
    let l1200: f32 = p_optim_v_layers_1_attn_norm_g[i];
    let v1204: f32 = l1200 * 0.95f;
    let v1205: f32 = x1198 * x1198;
    let v1206: f32 = v1205 * 0.05f;
    let v1207: f32 = v1204 + v1206;
    t1207[i] = v1207;
    let v1208: f32 = sqrt(v1207);
    let l902: f32 = t850[0i];
    let v1209: f32 = v1208 / l902;
    let v1210: f32 = v1209 + 1e-8f;
    let v1211: f32 = v1203 / v1210;
    let l908: f32 = t849[0i];
    let v1212: f32 = v1211 * l908;
    t1212[i] = v1212;
  }
}
