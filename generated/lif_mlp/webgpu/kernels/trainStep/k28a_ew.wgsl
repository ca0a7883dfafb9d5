// kernel k28a_ew
@group(0) @binding(0) var<storage, read> p_optim_m_head_w: array<f32>;
@group(0) @binding(1) var<storage, read> t480: array<f32>;
@group(0) @binding(2) var<storage, read> t792: array<f32>;
@group(0) @binding(3) var<storage, read_write> t939: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_head_w: array<f32>;
@group(0) @binding(5) var<storage, read_write> t945: array<f32>;
@group(0) @binding(6) var<storage, read> t802: array<f32>;
@group(0) @binding(7) var<storage, read_write> t950: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k28a_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l933: f32 = p_optim_m_head_w[i];
  let v936: f32 = l933 * 0.9f;
  let l480: f32 = t480[i];
  let l931: f32 = t792[0i];
  let v932: f32 = l480 * l931;
  let v938: f32 = v932 * 0.1f;
  let v939: f32 = v936 + v938;
  t939[i] = v939;
  let l934: f32 = p_optim_v_head_w[i];
  let v941: f32 = l934 * 0.95f;
  let v942: f32 = v932 * v932;
  let v944: f32 = v942 * 0.05f;
  let v945: f32 = v941 + v944;
  t945[i] = v945;
  let v946: f32 = sqrt(v945);
  let l947: f32 = t802[0i];
  let v948: f32 = v946 / l947;
  let v950: f32 = v948 + 1e-8f;
  t950[i] = v950;
}
