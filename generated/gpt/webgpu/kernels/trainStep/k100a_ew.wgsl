// kernel k100a_ew
@group(0) @binding(0) var<storage, read> p_optim_m_blocks_0_attn_wo_w: array<f32>;
@group(0) @binding(1) var<storage, read> t449: array<f32>;
@group(0) @binding(2) var<storage, read> t679: array<f32>;
@group(0) @binding(3) var<storage, read_write> t896: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_blocks_0_attn_wo_w: array<f32>;
@group(0) @binding(5) var<storage, read_write> t900: array<f32>;
@group(0) @binding(6) var<storage, read> t689: array<f32>;
@group(0) @binding(7) var<storage, read_write> t903: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k100a_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l892: f32 = p_optim_m_blocks_0_attn_wo_w[i];
  let v894: f32 = l892 * 0.9f;
  let l449: f32 = t449[i];
  let l723: f32 = t679[0i];
  let v891: f32 = l449 * l723;
  let v895: f32 = v891 * 0.1f;
  let v896: f32 = v894 + v895;
  t896[i] = v896;
  let l893: f32 = p_optim_v_blocks_0_attn_wo_w[i];
  let v897: f32 = l893 * 0.95f;
  let v898: f32 = v891 * v891;
  let v899: f32 = v898 * 0.05f;
  let v900: f32 = v897 + v899;
  t900[i] = v900;
  let v901: f32 = sqrt(v900);
  let l739: f32 = t689[0i];
  let v902: f32 = v901 / l739;
  let v903: f32 = v902 + 1e-8f;
  t903[i] = v903;
}
