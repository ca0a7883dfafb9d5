// kernel k33a_ew
@group(0) @binding(0) var<storage, read> p_optim_m_first_fc_w: array<f32>;
@group(0) @binding(1) var<storage, read> t116: array<f32>;
@group(0) @binding(2) var<storage, read> t169: array<f32>;
@group(0) @binding(3) var<storage, read_write> t221: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_first_fc_w: array<f32>;
@group(0) @binding(5) var<storage, read_write> t227: array<f32>;
@group(0) @binding(6) var<storage, read> t179: array<f32>;
@group(0) @binding(7) var<storage, read_write> t232: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k33a_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l215: f32 = p_optim_m_first_fc_w[i];
  let v218: f32 = l215 * 0.9f;
  let l116: f32 = t116[i];
  let l213: f32 = t169[0i];
  let v214: f32 = l116 * l213;
  let v220: f32 = v214 * 0.1f;
  let v221: f32 = v218 + v220;
  t221[i] = v221;
  let l216: f32 = p_optim_v_first_fc_w[i];
  let v223: f32 = l216 * 0.95f;
  let v224: f32 = v214 * v214;
  let v226: f32 = v224 * 0.05f;
  let v227: f32 = v223 + v226;
  t227[i] = v227;
  let v228: f32 = sqrt(v227);
  let l229: f32 = t179[0i];
  let v230: f32 = v228 / l229;
  let v232: f32 = v230 + 1e-8f;
  t232[i] = v232;
}
