// kernel k93a_ew
@group(0) @binding(0) var<storage, read> p_optim_m_wpe: array<f32>;
@group(0) @binding(1) var<storage, read> t464: array<f32>;
@group(0) @binding(2) var<storage, read> t636: array<f32>;
@group(0) @binding(3) var<storage, read_write> t688: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_wpe: array<f32>;
@group(0) @binding(5) var<storage, read_write> t694: array<f32>;
@group(0) @binding(6) var<storage, read> t646: array<f32>;
@group(0) @binding(7) var<storage, read_write> t699: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k93a_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l682: f32 = p_optim_m_wpe[i];
  let v685: f32 = l682 * 0.9f;
  let l465: f32 = t464[i];
  let l680: f32 = t636[0i];
  let v681: f32 = l465 * l680;
  let v687: f32 = v681 * 0.1f;
  let v688: f32 = v685 + v687;
  t688[i] = v688;
  let l683: f32 = p_optim_v_wpe[i];
  let v690: f32 = l683 * 0.95f;
  let v691: f32 = v681 * v681;
  let v693: f32 = v691 * 0.05f;
  let v694: f32 = v690 + v693;
  t694[i] = v694;
  let v695: f32 = sqrt(v694);
  let l696: f32 = t646[0i];
  let v697: f32 = v695 / l696;
  let v699: f32 = v697 + 1e-8f;
  t699[i] = v699;
}
