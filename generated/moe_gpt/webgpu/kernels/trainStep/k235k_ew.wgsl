// kernel k235k_ew
@group(0) @binding(0) var<storage, read> p_optim_m_layers_1_moe_w2: array<f32>;
@group(0) @binding(1) var<storage, read> t475: array<f32>;
@group(0) @binding(2) var<storage, read> t1111: array<f32>;
@group(0) @binding(3) var<storage, read_write> t1582: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_layers_1_moe_w2: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1586: array<f32>;
@group(0) @binding(6) var<storage, read> t1121: array<f32>;
@group(0) @binding(7) var<storage, read_write> t1589: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k235k_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l1578: f32 = p_optim_m_layers_1_moe_w2[i];
  let v1580: f32 = l1578 * 0.9f;
  let l475: f32 = t475[i];
  let l1331: f32 = t1111[0i];
  let v1577: f32 = l475 * l1331;
  let v1581: f32 = v1577 * 0.1f;
  let v1582: f32 = v1580 + v1581;
  t1582[i] = v1582;
  let l1579: f32 = p_optim_v_layers_1_moe_w2[i];
  let v1583: f32 = l1579 * 0.95f;
  let v1584: f32 = v1577 * v1577;
  let v1585: f32 = v1584 * 0.05f;
  let v1586: f32 = v1583 + v1585;
  t1586[i] = v1586;
  let v1587: f32 = sqrt(v1586);
  let l1347: f32 = t1121[0i];
  let v1588: f32 = v1587 / l1347;
  let v1589: f32 = v1588 + 1e-8f;
  t1589[i] = v1589;
}
