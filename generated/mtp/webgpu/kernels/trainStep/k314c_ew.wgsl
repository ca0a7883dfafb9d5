// kernel k314c_ew
@group(0) @binding(0) var<storage, read> p_optim_m_head_w: array<f32>;
@group(0) @binding(1) var<storage, read> t651: array<f32>;
@group(0) @binding(2) var<storage, read> t1573: array<f32>;
@group(0) @binding(3) var<storage, read_write> t2585: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_head_w: array<f32>;
@group(0) @binding(5) var<storage, read_write> t2591: array<f32>;
@group(0) @binding(6) var<storage, read> t1583: array<f32>;
@group(0) @binding(7) var<storage, read_write> t2596: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k314c_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l2579: f32 = p_optim_m_head_w[i];
  let v2582: f32 = l2579 * 0.9f;
  let l651: f32 = t651[i];
  let l2577: f32 = t1573[0i];
  let v2578: f32 = l651 * l2577;
  let v2584: f32 = v2578 * 0.1f;
  let v2585: f32 = v2582 + v2584;
  t2585[i] = v2585;
  let l2580: f32 = p_optim_v_head_w[i];
  let v2587: f32 = l2580 * 0.95f;
  let v2588: f32 = v2578 * v2578;
  let v2590: f32 = v2588 * 0.05f;
  let v2591: f32 = v2587 + v2590;
  t2591[i] = v2591;
  let v2592: f32 = sqrt(v2591);
  let l2593: f32 = t1583[0i];
  let v2594: f32 = v2592 / l2593;
  let v2596: f32 = v2594 + 1e-8f;
  t2596[i] = v2596;
}
