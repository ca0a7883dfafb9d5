// kernel k92g_ew
@group(0) @binding(0) var<storage, read> p_optim_m_blocks_1_mlp_fc_w: array<f32>;
@group(0) @binding(1) var<storage, read> t287: array<f32>;
@group(0) @binding(2) var<storage, read> t636: array<f32>;
@group(0) @binding(3) var<storage, read_write> t1197: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_blocks_1_mlp_fc_w: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1201: array<f32>;
@group(0) @binding(6) var<storage, read> t646: array<f32>;
@group(0) @binding(7) var<storage, read_write> t1204: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k92g_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l1193: f32 = p_optim_m_blocks_1_mlp_fc_w[i];
  let v1195: f32 = l1193 * 0.9f;
  let l287: f32 = t287[i];
  let l913: f32 = t636[0i];
  let v1192: f32 = l287 * l913;
  let v1196: f32 = v1192 * 0.1f;
  let v1197: f32 = v1195 + v1196;
  t1197[i] = v1197;
  let l1194: f32 = p_optim_v_blocks_1_mlp_fc_w[i];
  let v1198: f32 = l1194 * 0.95f;
  let v1199: f32 = v1192 * v1192;
  let v1200: f32 = v1199 * 0.05f;
  let v1201: f32 = v1198 + v1200;
  t1201[i] = v1201;
  let v1202: f32 = sqrt(v1201);
  let l929: f32 = t646[0i];
  let v1203: f32 = v1202 / l929;
  let v1204: f32 = v1203 + 1e-8f;
  t1204[i] = v1204;
}
