// kernel k317y_ew
@group(0) @binding(0) var<storage, read> p_optim_m_mtp_blocks_2_mlp_w1_w: array<f32>;
@group(0) @binding(1) var<storage, read> t795: array<f32>;
@group(0) @binding(2) var<storage, read> t1573: array<f32>;
@group(0) @binding(3) var<storage, read_write> t2364: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_mtp_blocks_2_mlp_w1_w: array<f32>;
@group(0) @binding(5) var<storage, read_write> t2368: array<f32>;
@group(0) @binding(6) var<storage, read> t1583: array<f32>;
@group(0) @binding(7) var<storage, read_write> t2371: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k317y_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l2360: f32 = p_optim_m_mtp_blocks_2_mlp_w1_w[i];
  let v2362: f32 = l2360 * 0.9f;
  let l795: f32 = t795[i];
  let l1737: f32 = t1573[0i];
  let v2359: f32 = l795 * l1737;
  let v2363: f32 = v2359 * 0.1f;
  let v2364: f32 = v2362 + v2363;
  t2364[i] = v2364;
  let l2361: f32 = p_optim_v_mtp_blocks_2_mlp_w1_w[i];
  let v2365: f32 = l2361 * 0.95f;
  let v2366: f32 = v2359 * v2359;
  let v2367: f32 = v2366 * 0.05f;
  let v2368: f32 = v2365 + v2367;
  t2368[i] = v2368;
  let v2369: f32 = sqrt(v2368);
  let l1753: f32 = t1583[0i];
  let v2370: f32 = v2369 / l1753;
  let v2371: f32 = v2370 + 1e-8f;
  t2371[i] = v2371;
}
