// kernel k178a_ew
@group(0) @binding(0) var<storage, read> p_optim_m_tok_w: array<f32>;
@group(0) @binding(1) var<storage, read> t733: array<f32>;
@group(0) @binding(2) var<storage, read> t890: array<f32>;
@group(0) @binding(3) var<storage, read_write> t910: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_tok_w: array<f32>;
@group(0) @binding(5) var<storage, read_write> t916: array<f32>;
@group(0) @binding(6) var<storage, read> t900: array<f32>;
@group(0) @binding(7) var<storage, read_write> t922: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k178a_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l904: f32 = p_optim_m_tok_w[i];
  let v907: f32 = l904 * 0.9f;
  let l733: f32 = t733[i];
  let l902: f32 = t890[0i];
  let v903: f32 = l733 * l902;
  let v909: f32 = v903 * 0.1f;
  let v910: f32 = v907 + v909;
  t910[i] = v910;
  let l905: f32 = p_optim_v_tok_w[i];
  let v912: f32 = l905 * 0.95f;
  let v913: f32 = v903 * v903;
  let v915: f32 = v913 * 0.05f;
  let v916: f32 = v912 + v915;
  t916[i] = v916;
  let v917: f32 = sqrt(v916);
  let l919: f32 = t900[0i];
  let v920: f32 = v917 / l919;
  let v922: f32 = v920 + 1e-8f;
  t922[i] = v922;
}
