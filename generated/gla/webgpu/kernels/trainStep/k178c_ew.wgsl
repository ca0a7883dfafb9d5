// kernel k178c_ew
@group(0) @binding(0) var<storage, read> p_optim_m_head_w: array<f32>;
@group(0) @binding(1) var<storage, read> t318: array<f32>;
@group(0) @binding(2) var<storage, read> t840: array<f32>;
@group(0) @binding(3) var<storage, read_write> t1472: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_head_w: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1478: array<f32>;
@group(0) @binding(6) var<storage, read> t850: array<f32>;
@group(0) @binding(7) var<storage, read_write> t1483: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k178c_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l1466: f32 = p_optim_m_head_w[i];
  let v1469: f32 = l1466 * 0.9f;
  let l318: f32 = t318[i];
  let l1464: f32 = t840[0i];
  let v1465: f32 = l318 * l1464;
  let v1471: f32 = v1465 * 0.1f;
  let v1472: f32 = v1469 + v1471;
  t1472[i] = v1472;
  let l1467: f32 = p_optim_v_head_w[i];
  let v1474: f32 = l1467 * 0.95f;
  let v1475: f32 = v1465 * v1465;
  let v1477: f32 = v1475 * 0.05f;
  let v1478: f32 = v1474 + v1477;
  t1478[i] = v1478;
  let v1479: f32 = sqrt(v1478);
  let l1480: f32 = t850[0i];
  let v1481: f32 = v1479 / l1480;
  let v1483: f32 = v1481 + 1e-8f;
  t1483[i] = v1483;
}
