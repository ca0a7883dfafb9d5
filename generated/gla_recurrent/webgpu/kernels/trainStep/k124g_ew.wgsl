// kernel k124g_ew
@group(0) @binding(0) var<storage, read> p_optim_m_layers_0_attn_wr_w: array<f32>;
@group(0) @binding(1) var<storage, read> t428: array<f32>;
@group(0) @binding(2) var<storage, read> t666: array<f32>;
@group(0) @binding(3) var<storage, read_write> t870: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_layers_0_attn_wr_w: array<f32>;
@group(0) @binding(5) var<storage, read_write> t874: array<f32>;
@group(0) @binding(6) var<storage, read> t676: array<f32>;
@group(0) @binding(7) var<storage, read_write> t877: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k124g_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l866: f32 = p_optim_m_layers_0_attn_wr_w[i];
  let v868: f32 = l866 * 0.9f;
  let l428: f32 = t428[i];
  let l737: f32 = t666[0i];
  let v865: f32 = l428 * l737;
  let v869: f32 = v865 * 0.1f;
  let v870: f32 = v868 + v869;
  t870[i] = v870;
  let l867: f32 = p_optim_v_layers_0_attn_wr_w[i];
  let v871: f32 = l867 * 0.95f;
  let v872: f32 = v865 * v865;
  let v873: f32 = v872 * 0.05f;
  let v874: f32 = v871 + v873;
  t874[i] = v874;
  let v875: f32 = sqrt(v874);
  let l753: f32 = t676[0i];
  let v876: f32 = v875 / l753;
  let v877: f32 = v876 + 1e-8f;
  t877[i] = v877;
}
