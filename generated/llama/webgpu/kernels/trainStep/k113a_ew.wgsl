// kernel k113a_ew
@group(0) @binding(0) var<storage, read> p_optim_m_layers_0_mlp_w1_w: array<f32>;
@group(0) @binding(1) var<storage, read> t378: array<f32>;
@group(0) @binding(2) var<storage, read> t582: array<f32>;
@group(0) @binding(3) var<storage, read_write> t754: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_layers_0_mlp_w1_w: array<f32>;
@group(0) @binding(5) var<storage, read_write> t760: array<f32>;
@group(0) @binding(6) var<storage, read> t592: array<f32>;
@group(0) @binding(7) var<storage, read_write> t765: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k113a_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l748: f32 = p_optim_m_layers_0_mlp_w1_w[i];
  let v751: f32 = l748 * 0.9f;
  let l378: f32 = t378[i];
  let l746: f32 = t582[0i];
  let v747: f32 = l378 * l746;
  let v753: f32 = v747 * 0.1f;
  let v754: f32 = v751 + v753;
  t754[i] = v754;
  let l749: f32 = p_optim_v_layers_0_mlp_w1_w[i];
  let v756: f32 = l749 * 0.95f;
  let v757: f32 = v747 * v747;
  let v759: f32 = v757 * 0.05f;
  let v760: f32 = v756 + v759;
  t760[i] = v760;
  let v761: f32 = sqrt(v760);
  let l762: f32 = t592[0i];
  let v763: f32 = v761 / l762;
  let v765: f32 = v763 + 1e-8f;
  t765[i] = v765;
}
