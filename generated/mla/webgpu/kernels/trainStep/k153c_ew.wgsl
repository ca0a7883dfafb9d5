// kernel k153c_ew
@group(0) @binding(0) var<storage, read> p_optim_m_layers_1_attn_wkv_a_w: array<f32>;
@group(0) @binding(1) var<storage, read> t413: array<f32>;
@group(0) @binding(2) var<storage, read> t766: array<f32>;
@group(0) @binding(3) var<storage, read_write> t1171: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_layers_1_attn_wkv_a_w: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1175: array<f32>;
@group(0) @binding(6) var<storage, read> t776: array<f32>;
@group(0) @binding(7) var<storage, read_write> t1178: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k153c_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l1167: f32 = p_optim_m_layers_1_attn_wkv_a_w[i];
  let v1169: f32 = l1167 * 0.9f;
  let l413: f32 = t413[i];
  let l913: f32 = t766[0i];
  let v1166: f32 = l413 * l913;
  let v1170: f32 = v1166 * 0.1f;
  let v1171: f32 = v1169 + v1170;
  t1171[i] = v1171;
  let l1168: f32 = p_optim_v_layers_1_attn_wkv_a_w[i];
  let v1172: f32 = l1168 * 0.95f;
  let v1173: f32 = v1166 * v1166;
  let v1174: f32 = v1173 * 0.05f;
  let v1175: f32 = v1172 + v1174;
  t1175[i] = v1175;
  let v1176: f32 = sqrt(v1175);
  let l929: f32 = t776[0i];
  let v1177: f32 = v1176 / l929;
  let v1178: f32 = v1177 + 1e-8f;
  t1178[i] = v1178;
}
