// kernel k237c_ew
@group(0) @binding(0) var<storage, read> p_optim_m_layers_0_attn_wk_w: array<f32>;
@group(0) @binding(1) var<storage, read> t949: array<f32>;
@group(0) @binding(2) var<storage, read> t1091: array<f32>;
@group(0) @binding(3) var<storage, read_write> t1193: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_layers_0_attn_wk_w: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1197: array<f32>;
@group(0) @binding(6) var<storage, read> t1101: array<f32>;
@group(0) @binding(7) var<storage, read_write> t1200: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k237c_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l1189: f32 = p_optim_m_layers_0_attn_wk_w[i];
  let v1191: f32 = l1189 * 0.9f;
  let l949: f32 = t949[i];
  let l1162: f32 = t1091[0i];
  let v1188: f32 = l949 * l1162;
  let v1192: f32 = v1188 * 0.1f;
  let v1193: f32 = v1191 + v1192;
  t1193[i] = v1193;
  let l1190: f32 = p_optim_v_layers_0_attn_wk_w[i];
  let v1194: f32 = l1190 * 0.95f;
  let v1195: f32 = v1188 * v1188;
  let v1196: f32 = v1195 * 0.05f;
  let v1197: f32 = v1194 + v1196;
  t1197[i] = v1197;
  let v1198: f32 = sqrt(v1197);
  let l1178: f32 = t1101[0i];
  let v1199: f32 = v1198 / l1178;
  let v1200: f32 = v1199 + 1e-8f;
  t1200[i] = v1200;
}
