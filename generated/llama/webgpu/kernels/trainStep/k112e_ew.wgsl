// kernel k112e_ew
@group(0) @binding(0) var<storage, read> p_optim_m_layers_0_attn_wv_w: array<f32>;
@group(0) @binding(1) var<storage, read> t445: array<f32>;
@group(0) @binding(2) var<storage, read> t582: array<f32>;
@group(0) @binding(3) var<storage, read_write> t701: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_layers_0_attn_wv_w: array<f32>;
@group(0) @binding(5) var<storage, read_write> t705: array<f32>;
@group(0) @binding(6) var<storage, read> t592: array<f32>;
@group(0) @binding(7) var<storage, read_write> t708: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k112e_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l697: f32 = p_optim_m_layers_0_attn_wv_w[i];
  let v699: f32 = l697 * 0.9f;
  let l445: f32 = t445[i];
  let l653: f32 = t582[0i];
  let v696: f32 = l445 * l653;
  let v700: f32 = v696 * 0.1f;
  let v701: f32 = v699 + v700;
  t701[i] = v701;
  let l698: f32 = p_optim_v_layers_0_attn_wv_w[i];
  let v702: f32 = l698 * 0.95f;
  let v703: f32 = v696 * v696;
  let v704: f32 = v703 * 0.05f;
  let v705: f32 = v702 + v704;
  t705[i] = v705;
  let v706: f32 = sqrt(v705);
  let l669: f32 = t592[0i];
  let v707: f32 = v706 / l669;
  let v708: f32 = v707 + 1e-8f;
  t708[i] = v708;
}
