// kernel k150g_ew
@group(0) @binding(0) var<storage, read> p_optim_m_layers_1_attn_wkv_b_w: array<f32>;
@group(0) @binding(1) var<storage, read> t374: array<f32>;
@group(0) @binding(2) var<storage, read> t766: array<f32>;
@group(0) @binding(3) var<storage, read_write> t1204: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_layers_1_attn_wkv_b_w: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1208: array<f32>;
@group(0) @binding(6) var<storage, read> t776: array<f32>;
@group(0) @binding(7) var<storage, read_write> t1211: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k150g_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l1200: f32 = p_optim_m_layers_1_attn_wkv_b_w[i];
  let v1202: f32 = l1200 * 0.9f;
  let l374: f32 = t374[i];
  let l963: f32 = t766[0i];
  let v1199: f32 = l374 * l963;
  let v1203: f32 = v1199 * 0.1f;
  let v1204: f32 = v1202 + v1203;
  t1204[i] = v1204;
  let l1201: f32 = p_optim_v_layers_1_attn_wkv_b_w[i];
  let v1205: f32 = l1201 * 0.95f;
  let v1206: f32 = v1199 * v1199;
  let v1207: f32 = v1206 * 0.05f;
  let v1208: f32 = v1205 + v1207;
  t1208[i] = v1208;
  let v1209: f32 = sqrt(v1208);
  let l979: f32 = t776[0i];
  let v1210: f32 = v1209 / l979;
  let v1211: f32 = v1210 + 1e-8f;
  t1211[i] = v1211;
}
