// kernel k112c_ew
@group(0) @binding(0) var<storage, read> p_optim_m_head_w: array<f32>;
@group(0) @binding(1) var<storage, read> t237: array<f32>;
@group(0) @binding(2) var<storage, read> t586: array<f32>;
@group(0) @binding(3) var<storage, read_write> t994: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_head_w: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1000: array<f32>;
@group(0) @binding(6) var<storage, read> t596: array<f32>;
@group(0) @binding(7) var<storage, read_write> t1005: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k112c_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l988: f32 = p_optim_m_head_w[i];
  let v991: f32 = l988 * 0.9f;
  let l237: f32 = t237[i];
  let l986: f32 = t586[0i];
  let v987: f32 = l237 * l986;
  let v993: f32 = v987 * 0.1f;
  let v994: f32 = v991 + v993;
  t994[i] = v994;
  let l989: f32 = p_optim_v_head_w[i];
  let v996: f32 = l989 * 0.95f;
  let v997: f32 = v987 * v987;
  let v999: f32 = v997 * 0.05f;
  let v1000: f32 = v996 + v999;
  t1000[i] = v1000;
  let v1001: f32 = sqrt(v1000);
  let l1002: f32 = t596[0i];
  let v1003: f32 = v1001 / l1002;
  let v1005: f32 = v1003 + 1e-8f;
  t1005[i] = v1005;
}
