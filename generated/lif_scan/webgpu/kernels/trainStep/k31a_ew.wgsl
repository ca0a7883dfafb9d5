// kernel k31a_ew
@group(0) @binding(0) var<storage, read> p_optim_m_first_fc_w: array<f32>;
@group(0) @binding(1) var<storage, read> t109: array<f32>;
@group(0) @binding(2) var<storage, read> t162: array<f32>;
@group(0) @binding(3) var<storage, read_write> t214: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_first_fc_w: array<f32>;
@group(0) @binding(5) var<storage, read_write> t220: array<f32>;
@group(0) @binding(6) var<storage, read> t172: array<f32>;
@group(0) @binding(7) var<storage, read_write> t225: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k31a_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l208: f32 = p_optim_m_first_fc_w[i];
  let v211: f32 = l208 * 0.9f;
  let l109: f32 = t109[i];
  let l206: f32 = t162[0i];
  let v207: f32 = l109 * l206;
  let v213: f32 = v207 * 0.1f;
  let v214: f32 = v211 + v213;
  t214[i] = v214;
  let l209: f32 = p_optim_v_first_fc_w[i];
  let v216: f32 = l209 * 0.95f;
  let v217: f32 = v207 * v207;
  let v219: f32 = v217 * 0.05f;
  let v220: f32 = v216 + v219;
  t220[i] = v220;
  let v221: f32 = sqrt(v220);
  let l222: f32 = t172[0i];
  let v223: f32 = v221 / l222;
  let v225: f32 = v223 + 1e-8f;
  t225[i] = v225;
}
