// kernel k127a_ew
@group(0) @binding(0) var<storage, read> p_optim_m_layers_0_mlp_w1_w: array<f32>;
@group(0) @binding(1) var<storage, read> t394: array<f32>;
@group(0) @binding(2) var<storage, read> t666: array<f32>;
@group(0) @binding(3) var<storage, read_write> t963: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_layers_0_mlp_w1_w: array<f32>;
@group(0) @binding(5) var<storage, read_write> t969: array<f32>;
@group(0) @binding(6) var<storage, read> t676: array<f32>;
@group(0) @binding(7) var<storage, read_write> t974: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k127a_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l957: f32 = p_optim_m_layers_0_mlp_w1_w[i];
  let v960: f32 = l957 * 0.9f;
  let l394: f32 = t394[i];
  let l955: f32 = t666[0i];
  let v956: f32 = l394 * l955;
  let v962: f32 = v956 * 0.1f;
  let v963: f32 = v960 + v962;
  t963[i] = v963;
  let l958: f32 = p_optim_v_layers_0_mlp_w1_w[i];
  let v965: f32 = l958 * 0.95f;
  let v966: f32 = v956 * v956;
  let v968: f32 = v966 * 0.05f;
  let v969: f32 = v965 + v968;
  t969[i] = v969;
  let v970: f32 = sqrt(v969);
  let l971: f32 = t676[0i];
  let v972: f32 = v970 / l971;
  let v974: f32 = v972 + 1e-8f;
  t974[i] = v974;
}
