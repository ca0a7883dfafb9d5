// kernel k114i_ew
@group(0) @binding(0) var<storage, read> p_optim_m_layers_1_mlp_w2_w: array<f32>;
@group(0) @binding(1) var<storage, read> t256: array<f32>;
@group(0) @binding(2) var<storage, read> t584: array<f32>;
@group(0) @binding(3) var<storage, read_write> t948: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_layers_1_mlp_w2_w: array<f32>;
@group(0) @binding(5) var<storage, read_write> t952: array<f32>;
@group(0) @binding(6) var<storage, read> t594: array<f32>;
@group(0) @binding(7) var<storage, read_write> t955: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k114i_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l944: f32 = p_optim_m_layers_1_mlp_w2_w[i];
  let v946: f32 = l944 * 0.9f;
  let l256: f32 = t256[i];
  let l783: f32 = t584[0i];
  let v943: f32 = l256 * l783;
  let v947: f32 = v943 * 0.1f;
  let v948: f32 = v946 + v947;
  t948[i] = v948;
  let l945: f32 = p_optim_v_layers_1_mlp_w2_w[i];
  let v949: f32 = l945 * 0.95f;
  let v950: f32 = v943 * v943;
  let v951: f32 = v950 * 0.05f;
  let v952: f32 = v949 + v951;
  t952[i] = v952;
  let v953: f32 = sqrt(v952);
  let l799: f32 = t594[0i];
  let v954: f32 = v953 / l799;
  let v955: f32 = v954 + 1e-8f;
  t955[i] = v955;
}
