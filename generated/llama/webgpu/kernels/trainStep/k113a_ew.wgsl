// kernel k113a_ew
@group(0) @binding(0) var<storage, read> p_optim_m_layers_0_mlp_w1_w: array<f32>;
@group(0) @binding(1) var<storage, read> t368: array<f32>;
@group(0) @binding(2) var<storage, read> t572: array<f32>;
@group(0) @binding(3) var<storage, read_write> t744: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_layers_0_mlp_w1_w: array<f32>;
@group(0) @binding(5) var<storage, read_write> t750: array<f32>;
@group(0) @binding(6) var<storage, read> t582: array<f32>;
@group(0) @binding(7) var<storage, read_write> t755: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k113a_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l738: f32 = p_optim_m_layers_0_mlp_w1_w[i];
  let v741: f32 = l738 * 0.9f;
  let l368: f32 = t368[i];
  let l736: f32 = t572[0i];
  let v737: f32 = l368 * l736;
  let v743: f32 = v737 * 0.1f;
  let v744: f32 = v741 + v743;
  t744[i] = v744;
  let l739: f32 = p_optim_v_layers_0_mlp_w1_w[i];
  let v746: f32 = l739 * 0.95f;
  let v747: f32 = v737 * v737;
  let v749: f32 = v747 * 0.05f;
  let v750: f32 = v746 + v749;
  t750[i] = v750;
  let v751: f32 = sqrt(v750);
  let l752: f32 = t582[0i];
  let v753: f32 = v751 / l752;
  let v755: f32 = v753 + 1e-8f;
  t755[i] = v755;
}
