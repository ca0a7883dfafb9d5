// kernel k94a_ew
@group(0) @binding(0) var<storage, read> p_optim_m_wte_w: array<f32>;
@group(0) @binding(1) var<storage, read> t471: array<f32>;
@group(0) @binding(2) var<storage, read> t640: array<f32>;
@group(0) @binding(3) var<storage, read_write> t660: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_wte_w: array<f32>;
@group(0) @binding(5) var<storage, read_write> t666: array<f32>;
@group(0) @binding(6) var<storage, read> t650: array<f32>;
@group(0) @binding(7) var<storage, read_write> t672: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k94a_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l654: f32 = p_optim_m_wte_w[i];
  let v657: f32 = l654 * 0.9f;
  let l471: f32 = t471[i];
  let l652: f32 = t640[0i];
  let v653: f32 = l471 * l652;
  let v659: f32 = v653 * 0.1f;
  let v660: f32 = v657 + v659;
  t660[i] = v660;
  let l655: f32 = p_optim_v_wte_w[i];
  let v662: f32 = l655 * 0.95f;
  let v663: f32 = v653 * v653;
  let v665: f32 = v663 * 0.05f;
  let v666: f32 = v662 + v665;
  t666[i] = v666;
  let v667: f32 = sqrt(v666);
  let l669: f32 = t650[0i];
  let v670: f32 = v667 / l669;
  let v672: f32 = v670 + 1e-8f;
  t672[i] = v672;
}
