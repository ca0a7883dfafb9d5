// kernel k95a_ew
@group(0) @binding(0) var<storage, read> p_optim_m_wpe: array<f32>;
@group(0) @binding(1) var<storage, read> t468: array<f32>;
@group(0) @binding(2) var<storage, read> t640: array<f32>;
@group(0) @binding(3) var<storage, read_write> t692: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_wpe: array<f32>;
@group(0) @binding(5) var<storage, read_write> t698: array<f32>;
@group(0) @binding(6) var<storage, read> t650: array<f32>;
@group(0) @binding(7) var<storage, read_write> t703: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k95a_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l686: f32 = p_optim_m_wpe[i];
  let v689: f32 = l686 * 0.9f;
  let l469: f32 = t468[i];
  let l684: f32 = t640[0i];
  let v685: f32 = l469 * l684;
  let v691: f32 = v685 * 0.1f;
  let v692: f32 = v689 + v691;
  t692[i] = v692;
  let l687: f32 = p_optim_v_wpe[i];
  let v694: f32 = l687 * 0.95f;
  let v695: f32 = v685 * v685;
  let v697: f32 = v695 * 0.05f;
  let v698: f32 = v694 + v697;
  t698[i] = v698;
  let v699: f32 = sqrt(v698);
  let l700: f32 = t650[0i];
  let v701: f32 = v699 / l700;
  let v703: f32 = v701 + 1e-8f;
  t703[i] = v703;
}
