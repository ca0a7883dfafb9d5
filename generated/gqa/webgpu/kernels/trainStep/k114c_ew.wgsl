// kernel k114c_ew
@group(0) @binding(0) var<storage, read> p_optim_m_layers_0_attn_wo_w: array<f32>;
@group(0) @binding(1) var<storage, read> t403: array<f32>;
@group(0) @binding(2) var<storage, read> t588: array<f32>;
@group(0) @binding(3) var<storage, read_write> t733: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_layers_0_attn_wo_w: array<f32>;
@group(0) @binding(5) var<storage, read_write> t737: array<f32>;
@group(0) @binding(6) var<storage, read> t598: array<f32>;
@group(0) @binding(7) var<storage, read_write> t740: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k114c_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l729: f32 = p_optim_m_layers_0_attn_wo_w[i];
  let v731: f32 = l729 * 0.9f;
  let l403: f32 = t403[i];
  let l659: f32 = t588[0i];
  let v728: f32 = l403 * l659;
  let v732: f32 = v728 * 0.1f;
  let v733: f32 = v731 + v732;
  t733[i] = v733;
  let l730: f32 = p_optim_v_layers_0_attn_wo_w[i];
  let v734: f32 = l730 * 0.95f;
  let v735: f32 = v728 * v728;
  let v736: f32 = v735 * 0.05f;
  let v737: f32 = v734 + v736;
  t737[i] = v737;
  let v738: f32 = sqrt(v737);
  let l675: f32 = t598[0i];
  let v739: f32 = v738 / l675;
  let v740: f32 = v739 + 1e-8f;
  t740[i] = v740;
}
