// kernel k161e_ew
@group(0) @binding(0) var<storage, read> p_optim_m_blocks_1_ffn_u: array<f32>;
@group(0) @binding(1) var<storage, read> t378: array<f32>;
@group(0) @binding(2) var<storage, read> t808: array<f32>;
@group(0) @binding(3) var<storage, read_write> t1453: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_blocks_1_ffn_u: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1457: array<f32>;
@group(0) @binding(6) var<storage, read> t818: array<f32>;
@group(0) @binding(7) var<storage, read_write> t1460: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k161e_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l1449: f32 = p_optim_m_blocks_1_ffn_u[i];
  let v1451: f32 = l1449 * 0.9f;
  let l378: f32 = t378[i];
  let l1158: f32 = t808[0i];
  let v1448: f32 = l378 * l1158;
  let v1452: f32 = v1448 * 0.1f;
  let v1453: f32 = v1451 + v1452;
  t1453[i] = v1453;
  let l1450: f32 = p_optim_v_blocks_1_ffn_u[i];
  let v1454: f32 = l1450 * 0.95f;
  let v1455: f32 = v1448 * v1448;
  let v1456: f32 = v1455 * 0.05f;
  let v1457: f32 = v1454 + v1456;
  t1457[i] = v1457;
  let v1458: f32 = sqrt(v1457);
  let l1174: f32 = t818[0i];
  let v1459: f32 = v1458 / l1174;
  let v1460: f32 = v1459 + 1e-8f;
  t1460[i] = v1460;
}
