// kernel k153c_ew
@group(0) @binding(0) var<storage, read> p_optim_m_layers_1_attn_wkv_a_w: array<f32>;
@group(0) @binding(1) var<storage, read> t405: array<f32>;
@group(0) @binding(2) var<storage, read> t756: array<f32>;
@group(0) @binding(3) var<storage, read_write> t1161: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_layers_1_attn_wkv_a_w: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1165: array<f32>;
@group(0) @binding(6) var<storage, read> t766: array<f32>;
@group(0) @binding(7) var<storage, read_write> t1168: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k153c_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l1157: f32 = p_optim_m_layers_1_attn_wkv_a_w[i];
  let v1159: f32 = l1157 * 0.9f;
  let l405: f32 = t405[i];
  let l903: f32 = t756[0i];
  let v1156: f32 = l405 * l903;
  let v1160: f32 = v1156 * 0.1f;
  let v1161: f32 = v1159 + v1160;
  t1161[i] = v1161;
  let l1158: f32 = p_optim_v_layers_1_attn_wkv_a_w[i];
  let v1162: f32 = l1158 * 0.95f;
  let v1163: f32 = v1156 * v1156;
  let v1164: f32 = v1163 * 0.05f;
  let v1165: f32 = v1162 + v1164;
  t1165[i] = v1165;
  let v1166: f32 = sqrt(v1165);
  let l919: f32 = t766[0i];
  let v1167: f32 = v1166 / l919;
  let v1168: f32 = v1167 + 1e-8f;
  t1168[i] = v1168;
}
