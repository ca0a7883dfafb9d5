// kernel k155a_ew
@group(0) @binding(0) var<storage, read> p_optim_m_layers_0_attn_wo_w: array<f32>;
@group(0) @binding(1) var<storage, read> t512: array<f32>;
@group(0) @binding(2) var<storage, read> t766: array<f32>;
@group(0) @binding(3) var<storage, read_write> t997: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_layers_0_attn_wo_w: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1003: array<f32>;
@group(0) @binding(6) var<storage, read> t776: array<f32>;
@group(0) @binding(7) var<storage, read_write> t1008: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k155a_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l991: f32 = p_optim_m_layers_0_attn_wo_w[i];
  let v994: f32 = l991 * 0.9f;
  let l512: f32 = t512[i];
  let l989: f32 = t766[0i];
  let v990: f32 = l512 * l989;
  let v996: f32 = v990 * 0.1f;
  let v997: f32 = v994 + v996;
  t997[i] = v997;
  let l992: f32 = p_optim_v_layers_0_attn_wo_w[i];
  let v999: f32 = l992 * 0.95f;
  let v1000: f32 = v990 * v990;
  let v1002: f32 = v1000 * 0.05f;
  let v1003: f32 = v999 + v1002;
  t1003[i] = v1003;
  let v1004: f32 = sqrt(v1003);
  let l1005: f32 = t776[0i];
  let v1006: f32 = v1004 / l1005;
  let v1008: f32 = v1006 + 1e-8f;
  t1008[i] = v1008;
}
