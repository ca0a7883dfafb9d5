// kernel k124k_ew
@group(0) @binding(0) var<storage, read> p_optim_m_layers_0_local_wo_w: array<f32>;
@group(0) @binding(1) var<storage, read> t346: array<f32>;
@group(0) @binding(2) var<storage, read> t652: array<f32>;
@group(0) @binding(3) var<storage, read_write> t966: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_layers_0_local_wo_w: array<f32>;
@group(0) @binding(5) var<storage, read_write> t970: array<f32>;
@group(0) @binding(6) var<storage, read> t662: array<f32>;
@group(0) @binding(7) var<storage, read_write> t973: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k124k_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l962: f32 = p_optim_m_layers_0_local_wo_w[i];
  let v964: f32 = l962 * 0.9f;
  let l347: f32 = t346[i];
  let l723: f32 = t652[0i];
  let v961: f32 = l347 * l723;
  let v965: f32 = v961 * 0.1f;
  let v966: f32 = v964 + v965;
  t966[i] = v966;
  let l963: f32 = p_optim_v_layers_0_local_wo_w[i];
  let v967: f32 = l963 * 0.95f;
  let v968: f32 = v961 * v961;
  let v969: f32 = v968 * 0.05f;
  let v970: f32 = v967 + v969;
  t970[i] = v970;
  let v971: f32 = sqrt(v970);
  let l739: f32 = t662[0i];
  let v972: f32 = v971 / l739;
  let v973: f32 = v972 + 1e-8f;
  t973[i] = v973;
}
