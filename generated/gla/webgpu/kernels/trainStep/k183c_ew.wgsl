// kernel k183c_ew
@group(0) @binding(0) var<storage, read> p_optim_m_layers_0_mlp_w2_w: array<f32>;
@group(0) @binding(1) var<storage, read> t513: array<f32>;
@group(0) @binding(2) var<storage, read> t840: array<f32>;
@group(0) @binding(3) var<storage, read_write> t1163: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_layers_0_mlp_w2_w: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1169: array<f32>;
@group(0) @binding(6) var<storage, read> t850: array<f32>;
@group(0) @binding(7) var<storage, read_write> t1174: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k183c_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l1157: f32 = p_optim_m_layers_0_mlp_w2_w[i];
  let v1160: f32 = l1157 * 0.9f;
  let l513: f32 = t513[i];
  let l1155: f32 = t840[0i];
  let v1156: f32 = l513 * l1155;
  let v1162: f32 = v1156 * 0.1f;
  let v1163: f32 = v1160 + v1162;
  t1163[i] = v1163;
  let l1158: f32 = p_optim_v_layers_0_mlp_w2_w[i];
  let v1165: f32 = l1158 * 0.95f;
  let v1166: f32 = v1156 * v1156;
  let v1168: f32 = v1166 * 0.05f;
  let v1169: f32 = v1165 + v1168;
  t1169[i] = v1169;
  let v1170: f32 = sqrt(v1169);
  let l1171: f32 = t850[0i];
  let v1172: f32 = v1170 / l1171;
  let v1174: f32 = v1172 + 1e-8f;
  t1174[i] = v1174;
}
