// kernel k183e_ew
@group(0) @binding(0) var<storage, read> p_optim_m_layers_0_mlp_w3_w: array<f32>;
@group(0) @binding(1) var<storage, read> t517: array<f32>;
@group(0) @binding(2) var<storage, read> t840: array<f32>;
@group(0) @binding(3) var<storage, read_write> t1186: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_layers_0_mlp_w3_w: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1190: array<f32>;
@group(0) @binding(6) var<storage, read> t850: array<f32>;
@group(0) @binding(7) var<storage, read_write> t1193: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k183e_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l1182: f32 = p_optim_m_layers_0_mlp_w3_w[i];
  let v1184: f32 = l1182 * 0.9f;
  let l517: f32 = t517[i];
  let l1129: f32 = t840[0i];
  let v1181: f32 = l517 * l1129;
  let v1185: f32 = v1181 * 0.1f;
  let v1186: f32 = v1184 + v1185;
  t1186[i] = v1186;
  let l1183: f32 = p_optim_v_layers_0_mlp_w3_w[i];
  let v1187: f32 = l1183 * 0.95f;
  let v1188: f32 = v1181 * v1181;
  let v1189: f32 = v1188 * 0.05f;
  let v1190: f32 = v1187 + v1189;
  t1190[i] = v1190;
  let v1191: f32 = sqrt(v1190);
  let l1145: f32 = t850[0i];
  let v1192: f32 = v1191 / l1145;
  let v1193: f32 = v1192 + 1e-8f;
  t1193[i] = v1193;
}
