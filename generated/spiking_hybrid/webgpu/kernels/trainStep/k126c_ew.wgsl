// kernel k126c_ew
@group(0) @binding(0) var<storage, read> p_optim_m_layers_0_local_wv_w: array<f32>;
@group(0) @binding(1) var<storage, read> t393: array<f32>;
@group(0) @binding(2) var<storage, read> t652: array<f32>;
@group(0) @binding(3) var<storage, read_write> t949: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_layers_0_local_wv_w: array<f32>;
@group(0) @binding(5) var<storage, read_write> t953: array<f32>;
@group(0) @binding(6) var<storage, read> t662: array<f32>;
@group(0) @binding(7) var<storage, read_write> t956: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k126c_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l945: f32 = p_optim_m_layers_0_local_wv_w[i];
  let v947: f32 = l945 * 0.9f;
  let l393: f32 = t393[i];
  let l918: f32 = t652[0i];
  let v944: f32 = l393 * l918;
  let v948: f32 = v944 * 0.1f;
  let v949: f32 = v947 + v948;
  t949[i] = v949;
  let l946: f32 = p_optim_v_layers_0_local_wv_w[i];
  let v950: f32 = l946 * 0.95f;
  let v951: f32 = v944 * v944;
  let v952: f32 = v951 * 0.05f;
  let v953: f32 = v950 + v952;
  t953[i] = v953;
  let v954: f32 = sqrt(v953);
  let l934: f32 = t662[0i];
  let v955: f32 = v954 / l934;
  let v956: f32 = v955 + 1e-8f;
  t956[i] = v956;
}
