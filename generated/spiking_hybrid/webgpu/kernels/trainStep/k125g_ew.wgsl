// kernel k125g_ew
@group(0) @binding(0) var<storage, read> p_optim_m_layers_0_ffn2_w1_w: array<f32>;
@group(0) @binding(1) var<storage, read> t326: array<f32>;
@group(0) @binding(2) var<storage, read> t652: array<f32>;
@group(0) @binding(3) var<storage, read_write> t999: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_layers_0_ffn2_w1_w: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1003: array<f32>;
@group(0) @binding(6) var<storage, read> t662: array<f32>;
@group(0) @binding(7) var<storage, read_write> t1006: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k125g_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l995: f32 = p_optim_m_layers_0_ffn2_w1_w[i];
  let v997: f32 = l995 * 0.9f;
  let l326: f32 = t326[i];
  let l816: f32 = t652[0i];
  let v994: f32 = l326 * l816;
  let v998: f32 = v994 * 0.1f;
  let v999: f32 = v997 + v998;
  t999[i] = v999;
  let l996: f32 = p_optim_v_layers_0_ffn2_w1_w[i];
  let v1000: f32 = l996 * 0.95f;
  let v1001: f32 = v994 * v994;
  let v1002: f32 = v1001 * 0.05f;
  let v1003: f32 = v1000 + v1002;
  t1003[i] = v1003;
  let v1004: f32 = sqrt(v1003);
  let l832: f32 = t662[0i];
  let v1005: f32 = v1004 / l832;
  let v1006: f32 = v1005 + 1e-8f;
  t1006[i] = v1006;
}
