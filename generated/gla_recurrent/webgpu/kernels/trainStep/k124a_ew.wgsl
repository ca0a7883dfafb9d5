// kernel k124a_ew
@group(0) @binding(0) var<storage, read> p_optim_m_layers_0_attn_wq_w: array<f32>;
@group(0) @binding(1) var<storage, read> t488: array<f32>;
@group(0) @binding(2) var<storage, read> t666: array<f32>;
@group(0) @binding(3) var<storage, read_write> t745: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_layers_0_attn_wq_w: array<f32>;
@group(0) @binding(5) var<storage, read_write> t751: array<f32>;
@group(0) @binding(6) var<storage, read> t676: array<f32>;
@group(0) @binding(7) var<storage, read_write> t756: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k124a_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l739: f32 = p_optim_m_layers_0_attn_wq_w[i];
  let v742: f32 = l739 * 0.9f;
  let l488: f32 = t488[i];
  let l737: f32 = t666[0i];
  let v738: f32 = l488 * l737;
  let v744: f32 = v738 * 0.1f;
  let v745: f32 = v742 + v744;
  t745[i] = v745;
  let l740: f32 = p_optim_v_layers_0_attn_wq_w[i];
  let v747: f32 = l740 * 0.95f;
  let v748: f32 = v738 * v738;
  let v750: f32 = v748 * 0.05f;
  let v751: f32 = v747 + v750;
  t751[i] = v751;
  let v752: f32 = sqrt(v751);
  let l753: f32 = t676[0i];
  let v754: f32 = v752 / l753;
  let v756: f32 = v754 + 1e-8f;
  t756[i] = v756;
}
