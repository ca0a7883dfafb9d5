// kernel k30c_ew
@group(0) @binding(0) var<storage, read> p_optim_m_rest_0_fc_w: array<f32>;
@group(0) @binding(1) var<storage, read> t87: array<f32>;
@group(0) @binding(2) var<storage, read> t162: array<f32>;
@group(0) @binding(3) var<storage, read_write> t267: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_rest_0_fc_w: array<f32>;
@group(0) @binding(5) var<storage, read_write> t273: array<f32>;
@group(0) @binding(6) var<storage, read> t172: array<f32>;
@group(0) @binding(7) var<storage, read_write> t278: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k30c_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l261: f32 = p_optim_m_rest_0_fc_w[i];
  let v264: f32 = l261 * 0.9f;
  let l87: f32 = t87[i];
  let l259: f32 = t162[0i];
  let v260: f32 = l87 * l259;
  let v266: f32 = v260 * 0.1f;
  let v267: f32 = v264 + v266;
  t267[i] = v267;
  let l262: f32 = p_optim_v_rest_0_fc_w[i];
  let v269: f32 = l262 * 0.95f;
  let v270: f32 = v260 * v260;
  let v272: f32 = v270 * 0.05f;
  let v273: f32 = v269 + v272;
  t273[i] = v273;
  let v274: f32 = sqrt(v273);
  let l275: f32 = t172[0i];
  let v276: f32 = v274 / l275;
  let v278: f32 = v276 + 1e-8f;
  t278[i] = v278;
}
