// kernel k124e_ew
@group(0) @binding(0) var<storage, read> p_optim_m_layers_0_attn_wv_w: array<f32>;
@group(0) @binding(1) var<storage, read> t480: array<f32>;
@group(0) @binding(2) var<storage, read> t666: array<f32>;
@group(0) @binding(3) var<storage, read_write> t785: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_layers_0_attn_wv_w: array<f32>;
@group(0) @binding(5) var<storage, read_write> t789: array<f32>;
@group(0) @binding(6) var<storage, read> t676: array<f32>;
@group(0) @binding(7) var<storage, read_write> t792: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k124e_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l781: f32 = p_optim_m_layers_0_attn_wv_w[i];
  let v783: f32 = l781 * 0.9f;
  let l480: f32 = t480[i];
  let l737: f32 = t666[0i];
  let v780: f32 = l480 * l737;
  let v784: f32 = v780 * 0.1f;
  let v785: f32 = v783 + v784;
  t785[i] = v785;
  let l782: f32 = p_optim_v_layers_0_attn_wv_w[i];
  let v786: f32 = l782 * 0.95f;
  let v787: f32 = v780 * v780;
  let v788: f32 = v787 * 0.05f;
  let v789: f32 = v786 + v788;
  t789[i] = v789;
  let v790: f32 = sqrt(v789);
  let l753: f32 = t676[0i];
  let v791: f32 = v790 / l753;
  let v792: f32 = v791 + 1e-8f;
  t792[i] = v792;
}
