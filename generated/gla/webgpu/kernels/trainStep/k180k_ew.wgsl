// kernel k180k_ew
@group(0) @binding(0) var<storage, read> p_optim_m_layers_1_attn_wq_w: array<f32>;
@group(0) @binding(1) var<storage, read> t490: array<f32>;
@group(0) @binding(2) var<storage, read> t840: array<f32>;
@group(0) @binding(3) var<storage, read_write> t1219: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_layers_1_attn_wq_w: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1223: array<f32>;
@group(0) @binding(6) var<storage, read> t850: array<f32>;
@group(0) @binding(7) var<storage, read_write> t1226: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k180k_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l1215: f32 = p_optim_m_layers_1_attn_wq_w[i];
  let v1217: f32 = l1215 * 0.9f;
  let l490: f32 = t490[i];
  let l911: f32 = t840[0i];
  let v1214: f32 = l490 * l911;
  let v1218: f32 = v1214 * 0.1f;
  let v1219: f32 = v1217 + v1218;
  t1219[i] = v1219;
  let l1216: f32 = p_optim_v_layers_1_attn_wq_w[i];
  let v1220: f32 = l1216 * 0.95f;
  let v1221: f32 = v1214 * v1214;
  let v1222: f32 = v1221 * 0.05f;
  let v1223: f32 = v1220 + v1222;
  t1223[i] = v1223;
  let v1224: f32 = sqrt(v1223);
  let l927: f32 = t850[0i];
  let v1225: f32 = v1224 / l927;
  let v1226: f32 = v1225 + 1e-8f;
  t1226[i] = v1226;
}
