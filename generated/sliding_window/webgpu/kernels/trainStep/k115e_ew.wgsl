// kernel k115e_ew
@group(0) @binding(0) var<storage, read> p_optim_m_layers_1_attn_wk_w: array<f32>;
@group(0) @binding(1) var<storage, read> t344: array<f32>;
@group(0) @binding(2) var<storage, read> t588: array<f32>;
@group(0) @binding(3) var<storage, read_write> t868: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_layers_1_attn_wk_w: array<f32>;
@group(0) @binding(5) var<storage, read_write> t872: array<f32>;
@group(0) @binding(6) var<storage, read> t598: array<f32>;
@group(0) @binding(7) var<storage, read_write> t875: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k115e_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l864: f32 = p_optim_m_layers_1_attn_wk_w[i];
  let v866: f32 = l864 * 0.9f;
  let l344: f32 = t344[i];
  let l685: f32 = t588[0i];
  let v863: f32 = l344 * l685;
  let v867: f32 = v863 * 0.1f;
  let v868: f32 = v866 + v867;
  t868[i] = v868;
  let l865: f32 = p_optim_v_layers_1_attn_wk_w[i];
  let v869: f32 = l865 * 0.95f;
  let v870: f32 = v863 * v863;
  let v871: f32 = v870 * 0.05f;
  let v872: f32 = v869 + v871;
  t872[i] = v872;
  let v873: f32 = sqrt(v872);
  let l701: f32 = t598[0i];
  let v874: f32 = v873 / l701;
  let v875: f32 = v874 + 1e-8f;
  t875[i] = v875;
}
