// kernel k112a_ew
@group(0) @binding(0) var<storage, read> p_optim_m_wte_w: array<f32>;
@group(0) @binding(1) var<storage, read> t504: array<f32>;
@group(0) @binding(2) var<storage, read> t701: array<f32>;
@group(0) @binding(3) var<storage, read_write> t721: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_wte_w: array<f32>;
@group(0) @binding(5) var<storage, read_write> t727: array<f32>;
@group(0) @binding(6) var<storage, read> t711: array<f32>;
@group(0) @binding(7) var<storage, read_write> t733: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k112a_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l715: f32 = p_optim_m_wte_w[i];
  let v718: f32 = l715 * 0.9f;
  let l504: f32 = t504[i];
  let l713: f32 = t701[0i];
  let v714: f32 = l504 * l713;
  let v720: f32 = v714 * 0.1f;
  let v721: f32 = v718 + v720;
  t721[i] = v721;
  let l716: f32 = p_optim_v_wte_w[i];
  let v723: f32 = l716 * 0.95f;
  let v724: f32 = v714 * v714;
  let v726: f32 = v724 * 0.05f;
  let v727: f32 = v723 + v726;
  t727[i] = v727;
  let v728: f32 = sqrt(v727);
  let l730: f32 = t711[0i];
  let v731: f32 = v728 / l730;
  let v733: f32 = v731 + 1e-8f;
  t733[i] = v733;
}
