// kernel k113c_ew
@group(0) @binding(0) var<storage, read> p_optim_m_layers_0_mlp_w2_w: array<f32>;
@group(0) @binding(1) var<storage, read> t356: array<f32>;
@group(0) @binding(2) var<storage, read> t572: array<f32>;
@group(0) @binding(3) var<storage, read_write> t770: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_layers_0_mlp_w2_w: array<f32>;
@group(0) @binding(5) var<storage, read_write> t776: array<f32>;
@group(0) @binding(6) var<storage, read> t582: array<f32>;
@group(0) @binding(7) var<storage, read_write> t781: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k113c_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l764: f32 = p_optim_m_layers_0_mlp_w2_w[i];
  let v767: f32 = l764 * 0.9f;
  let l356: f32 = t356[i];
  let l762: f32 = t572[0i];
  let v763: f32 = l356 * l762;
  let v769: f32 = v763 * 0.1f;
  let v770: f32 = v767 + v769;
  t770[i] = v770;
  let l765: f32 = p_optim_v_layers_0_mlp_w2_w[i];
  let v772: f32 = l765 * 0.95f;
  let v773: f32 = v763 * v763;
  let v775: f32 = v773 * 0.05f;
  let v776: f32 = v772 + v775;
  t776[i] = v776;
  let v777: f32 = sqrt(v776);
  let l778: f32 = t582[0i];
  let v779: f32 = v777 / l778;
  let v781: f32 = v779 + 1e-8f;
  t781[i] = v781;
}
