// kernel k116i_ew
@group(0) @binding(0) var<storage, read> p_optim_m_layers_1_mlp_w2_w: array<f32>;
@group(0) @binding(1) var<storage, read> t258: array<f32>;
@group(0) @binding(2) var<storage, read> t588: array<f32>;
@group(0) @binding(3) var<storage, read_write> t952: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_layers_1_mlp_w2_w: array<f32>;
@group(0) @binding(5) var<storage, read_write> t956: array<f32>;
@group(0) @binding(6) var<storage, read> t598: array<f32>;
@group(0) @binding(7) var<storage, read_write> t959: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k116i_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l948: f32 = p_optim_m_layers_1_mlp_w2_w[i];
  let v950: f32 = l948 * 0.9f;
  let l258: f32 = t258[i];
  let l787: f32 = t588[0i];
  let v947: f32 = l258 * l787;
  let v951: f32 = v947 * 0.1f;
  let v952: f32 = v950 + v951;
  t952[i] = v952;
  let l949: f32 = p_optim_v_layers_1_mlp_w2_w[i];
  let v953: f32 = l949 * 0.95f;
  let v954: f32 = v947 * v947;
  let v955: f32 = v954 * 0.05f;
  let v956: f32 = v953 + v955;
  t956[i] = v956;
  let v957: f32 = sqrt(v956);
  let l803: f32 = t598[0i];
  let v958: f32 = v957 / l803;
  let v959: f32 = v958 + 1e-8f;
  t959[i] = v959;
}
