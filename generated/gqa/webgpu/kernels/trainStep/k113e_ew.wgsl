// kernel k113e_ew
@group(0) @binding(0) var<storage, read> p_optim_m_layers_1_attn_wk_w: array<f32>;
@group(0) @binding(1) var<storage, read> t341: array<f32>;
@group(0) @binding(2) var<storage, read> t584: array<f32>;
@group(0) @binding(3) var<storage, read_write> t864: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_layers_1_attn_wk_w: array<f32>;
@group(0) @binding(5) var<storage, read_write> t868: array<f32>;
@group(0) @binding(6) var<storage, read> t594: array<f32>;
@group(0) @binding(7) var<storage, read_write> t871: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k113e_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l860: f32 = p_optim_m_layers_1_attn_wk_w[i];
  let v862: f32 = l860 * 0.9f;
  let l341: f32 = t341[i];
  let l681: f32 = t584[0i];
  let v859: f32 = l341 * l681;
  let v863: f32 = v859 * 0.1f;
  let v864: f32 = v862 + v863;
  t864[i] = v864;
  let l861: f32 = p_optim_v_layers_1_attn_wk_w[i];
  let v865: f32 = l861 * 0.95f;
  let v866: f32 = v859 * v859;
  let v867: f32 = v866 * 0.05f;
  let v868: f32 = v865 + v867;
  t868[i] = v868;
  let v869: f32 = sqrt(v868);
  let l697: f32 = t594[0i];
  let v870: f32 = v869 / l697;
  let v871: f32 = v870 + 1e-8f;
  t871[i] = v871;
}
