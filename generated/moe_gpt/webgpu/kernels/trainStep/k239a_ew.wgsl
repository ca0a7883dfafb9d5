// kernel k239a_ew
@group(0) @binding(0) var<storage, read> p_optim_m_layers_0_moe_shared_mlp_w1_w: array<f32>;
@group(0) @binding(1) var<storage, read> t699: array<f32>;
@group(0) @binding(2) var<storage, read> t1091: array<f32>;
@group(0) @binding(3) var<storage, read_write> t1362: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_layers_0_moe_shared_mlp_w1_w: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1368: array<f32>;
@group(0) @binding(6) var<storage, read> t1101: array<f32>;
@group(0) @binding(7) var<storage, read_write> t1373: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k239a_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l1356: f32 = p_optim_m_layers_0_moe_shared_mlp_w1_w[i];
  let v1359: f32 = l1356 * 0.9f;
  let l699: f32 = t699[i];
  let l1354: f32 = t1091[0i];
  let v1355: f32 = l699 * l1354;
  let v1361: f32 = v1355 * 0.1f;
  let v1362: f32 = v1359 + v1361;
  t1362[i] = v1362;
  let l1357: f32 = p_optim_v_layers_0_moe_shared_mlp_w1_w[i];
  let v1364: f32 = l1357 * 0.95f;
  let v1365: f32 = v1355 * v1355;
  let v1367: f32 = v1365 * 0.05f;
  let v1368: f32 = v1364 + v1367;
  t1368[i] = v1368;
  let v1369: f32 = sqrt(v1368);
  let l1370: f32 = t1101[0i];
  let v1371: f32 = v1369 / l1370;
  let v1373: f32 = v1371 + 1e-8f;
  t1373[i] = v1373;
}
