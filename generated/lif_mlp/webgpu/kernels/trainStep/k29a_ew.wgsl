// kernel k29a_ew
@group(0) @binding(0) var<storage, read> p_optim_m_head_b: array<f32>;
@group(0) @binding(1) var<storage, read> t477: array<f32>;
@group(0) @binding(2) var<storage, read> t792: array<f32>;
@group(0) @binding(3) var<storage, read_write> t965: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_head_b: array<f32>;
@group(0) @binding(5) var<storage, read_write> t971: array<f32>;
@group(0) @binding(6) var<storage, read> t802: array<f32>;
@group(0) @binding(7) var<storage, read_write> t977: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k29a_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l959: f32 = p_optim_m_head_b[i];
  let v962: f32 = l959 * 0.9f;
  let l478: f32 = t477[i];
  let l957: f32 = t792[0i];
  let v958: f32 = l478 * l957;
  let v964: f32 = v958 * 0.1f;
  let v965: f32 = v962 + v964;
  t965[i] = v965;
  let l960: f32 = p_optim_v_head_b[i];
  let v967: f32 = l960 * 0.95f;
  let v968: f32 = v958 * v958;
  let v970: f32 = v968 * 0.05f;
  let v971: f32 = v967 + v970;
  t971[i] = v971;
  let v972: f32 = sqrt(v971);
  let l973: f32 = t802[0i];
  let v974: f32 = v972 / l973;
  let v976: f32 = v974 + 1e-8f;
  let v977: f32 = v965 / v976;
  t977[i] = v977;
}
