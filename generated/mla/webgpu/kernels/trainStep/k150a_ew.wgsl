// kernel k150a_ew
@group(0) @binding(0) var<storage, read> p_optim_m_layers_0_attn_wq_a_w: array<f32>;
@group(0) @binding(1) var<storage, read> t614: array<f32>;
@group(0) @binding(2) var<storage, read> t766: array<f32>;
@group(0) @binding(3) var<storage, read_write> t845: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_layers_0_attn_wq_a_w: array<f32>;
@group(0) @binding(5) var<storage, read_write> t851: array<f32>;
@group(0) @binding(6) var<storage, read> t776: array<f32>;
@group(0) @binding(7) var<storage, read_write> t856: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k150a_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l839: f32 = p_optim_m_layers_0_attn_wq_a_w[i];
  let v842: f32 = l839 * 0.9f;
  let l614: f32 = t614[i];
  let l837: f32 = t766[0i];
  let v838: f32 = l614 * l837;
  let v844: f32 = v838 * 0.1f;
  let v845: f32 = v842 + v844;
  t845[i] = v845;
  let l840: f32 = p_optim_v_layers_0_attn_wq_a_w[i];
  let v847: f32 = l840 * 0.95f;
  let v848: f32 = v838 * v838;
  let v850: f32 = v848 * 0.05f;
  let v851: f32 = v847 + v850;
  t851[i] = v851;
  let v852: f32 = sqrt(v851);
  let l853: f32 = t776[0i];
  let v854: f32 = v852 / l853;
  let v856: f32 = v854 + 1e-8f;
  t856[i] = v856;
}
