// kernel k115k_ew
@group(0) @binding(0) var<storage, read> p_optim_m_layers_1_mlp_w3_w: array<f32>;
@group(0) @binding(1) var<storage, read> t260: array<f32>;
@group(0) @binding(2) var<storage, read> t586: array<f32>;
@group(0) @binding(3) var<storage, read_write> t958: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_layers_1_mlp_w3_w: array<f32>;
@group(0) @binding(5) var<storage, read_write> t962: array<f32>;
@group(0) @binding(6) var<storage, read> t596: array<f32>;
@group(0) @binding(7) var<storage, read_write> t965: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k115k_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l954: f32 = p_optim_m_layers_1_mlp_w3_w[i];
  let v956: f32 = l954 * 0.9f;
  let l260: f32 = t260[i];
  let l750: f32 = t586[0i];
  let v953: f32 = l260 * l750;
  let v957: f32 = v953 * 0.1f;
  let v958: f32 = v956 + v957;
  t958[i] = v958;
  let l955: f32 = p_optim_v_layers_1_mlp_w3_w[i];
  let v959: f32 = l955 * 0.95f;
  let v960: f32 = v953 * v953;
  let v961: f32 = v960 * 0.05f;
  let v962: f32 = v959 + v961;
  t962[i] = v962;
  let v963: f32 = sqrt(v962);
  let l766: f32 = t596[0i];
  let v964: f32 = v963 / l766;
  let v965: f32 = v964 + 1e-8f;
  t965[i] = v965;
}
