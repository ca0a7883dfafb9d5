// kernel k114a_ew
@group(0) @binding(0) var<storage, read> p_optim_m_layers_0_attn_wq_w: array<f32>;
@group(0) @binding(1) var<storage, read> t499: array<f32>;
@group(0) @binding(2) var<storage, read> t628: array<f32>;
@group(0) @binding(3) var<storage, read_write> t707: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_layers_0_attn_wq_w: array<f32>;
@group(0) @binding(5) var<storage, read_write> t713: array<f32>;
@group(0) @binding(6) var<storage, read> t638: array<f32>;
@group(0) @binding(7) var<storage, read_write> t718: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k114a_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l701: f32 = p_optim_m_layers_0_attn_wq_w[i];
  let v704: f32 = l701 * 0.9f;
  let l499: f32 = t499[i];
  let l699: f32 = t628[0i];
  let v700: f32 = l499 * l699;
  let v706: f32 = v700 * 0.1f;
  let v707: f32 = v704 + v706;
  t707[i] = v707;
  let l702: f32 = p_optim_v_layers_0_attn_wq_w[i];
  let v709: f32 = l702 * 0.95f;
  let v710: f32 = v700 * v700;
  let v712: f32 = v710 * 0.05f;
  let v713: f32 = v709 + v712;
  t713[i] = v713;
  let v714: f32 = sqrt(v713);
  let l715: f32 = t638[0i];
  let v716: f32 = v714 / l715;
  let v718: f32 = v716 + 1e-8f;
  t718[i] = v718;
}
