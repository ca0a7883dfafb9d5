// kernel k114e_ew
@group(0) @binding(0) var<storage, read> p_optim_m_layers_1_attn_wq_w: array<f32>;
@group(0) @binding(1) var<storage, read> t348: array<f32>;
@group(0) @binding(2) var<storage, read> t588: array<f32>;
@group(0) @binding(3) var<storage, read_write> t851: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_layers_1_attn_wq_w: array<f32>;
@group(0) @binding(5) var<storage, read_write> t855: array<f32>;
@group(0) @binding(6) var<storage, read> t598: array<f32>;
@group(0) @binding(7) var<storage, read_write> t858: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k114e_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l847: f32 = p_optim_m_layers_1_attn_wq_w[i];
  let v849: f32 = l847 * 0.9f;
  let l348: f32 = t348[i];
  let l659: f32 = t588[0i];
  let v846: f32 = l348 * l659;
  let v850: f32 = v846 * 0.1f;
  let v851: f32 = v849 + v850;
  t851[i] = v851;
  let l848: f32 = p_optim_v_layers_1_attn_wq_w[i];
  let v852: f32 = l848 * 0.95f;
  let v853: f32 = v846 * v846;
  let v854: f32 = v853 * 0.05f;
  let v855: f32 = v852 + v854;
  t855[i] = v855;
  let v856: f32 = sqrt(v855);
  let l675: f32 = t598[0i];
  let v857: f32 = v856 / l675;
  let v858: f32 = v857 + 1e-8f;
  t858[i] = v858;
}
