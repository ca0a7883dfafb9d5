// kernel k114k_ew
@group(0) @binding(0) var<storage, read> p_optim_m_layers_1_mlp_w3_w: array<f32>;
@group(0) @binding(1) var<storage, read> t253: array<f32>;
@group(0) @binding(2) var<storage, read> t574: array<f32>;
@group(0) @binding(3) var<storage, read_write> t955: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_layers_1_mlp_w3_w: array<f32>;
@group(0) @binding(5) var<storage, read_write> t959: array<f32>;
@group(0) @binding(6) var<storage, read> t584: array<f32>;
@group(0) @binding(7) var<storage, read_write> t962: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k114k_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l951: f32 = p_optim_m_layers_1_mlp_w3_w[i];
  let v953: f32 = l951 * 0.9f;
  let l253: f32 = t253[i];
  let l747: f32 = t574[0i];
  let v950: f32 = l253 * l747;
  let v954: f32 = v950 * 0.1f;
  let v955: f32 = v953 + v954;
  t955[i] = v955;
  let l952: f32 = p_optim_v_layers_1_mlp_w3_w[i];
  let v956: f32 = l952 * 0.95f;
  let v957: f32 = v950 * v950;
  let v958: f32 = v957 * 0.05f;
  let v959: f32 = v956 + v958;
  t959[i] = v959;
  let v960: f32 = sqrt(v959);
  let l763: f32 = t584[0i];
  let v961: f32 = v960 / l763;
  let v962: f32 = v961 + 1e-8f;
  t962[i] = v962;
}
