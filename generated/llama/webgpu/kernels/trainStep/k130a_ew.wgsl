// kernel k130a_ew
@group(0) @binding(0) var<storage, read> p_optim_m_layers_1_mlp_w3_w: array<f32>;
@group(0) @binding(1) var<storage, read> t287: array<f32>;
@group(0) @binding(2) var<storage, read> t628: array<f32>;
@group(0) @binding(3) var<storage, read_write> t1000: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_layers_1_mlp_w3_w: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1004: array<f32>;
@group(0) @binding(6) var<storage, read> t638: array<f32>;
@group(0) @binding(7) var<storage, read_write> t1007: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k130a_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l996: f32 = p_optim_m_layers_1_mlp_w3_w[i];
  let v998: f32 = l996 * 0.9f;
  let l287: f32 = t287[i];
  let l792: f32 = t628[0i];
  let v995: f32 = l287 * l792;
  let v999: f32 = v995 * 0.1f;
  let v1000: f32 = v998 + v999;
  t1000[i] = v1000;
  let l997: f32 = p_optim_v_layers_1_mlp_w3_w[i];
  let v1001: f32 = l997 * 0.95f;
  let v1002: f32 = v995 * v995;
  let v1003: f32 = v1002 * 0.05f;
  let v1004: f32 = v1001 + v1003;
  t1004[i] = v1004;
  let v1005: f32 = sqrt(v1004);
  let l808: f32 = t638[0i];
  let v1006: f32 = v1005 / l808;
  let v1007: f32 = v1006 + 1e-8f;
  t1007[i] = v1007;
}
