// kernel k315u_ew
@group(0) @binding(0) var<storage, read> p_optim_m_norm_g: array<f32>;
@group(0) @binding(1) var<storage, read> t654: array<f32>;
@group(0) @binding(2) var<storage, read> t1573: array<f32>;
@group(0) @binding(3) var<storage, read_write> t2566: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_norm_g: array<f32>;
@group(0) @binding(5) var<storage, read_write> t2570: array<f32>;
@group(0) @binding(6) var<storage, read> t1583: array<f32>;
@group(0) @binding(7) var<storage, read_write> t2574: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k315u_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 64i) {
    let l2562: f32 = p_optim_m_norm_g[i];
    let v2564: f32 = l2562 * 0.9f;
    let l655: f32 = t654[i];
    let l1618: f32 = t1573[0i];
    let v2561: f32 = l655 * l1618;
    let v2565: f32 = v2561 * 0.1f;
    let v2566: f32 = v2564 + v2565;
    t2566[i] = v2566;
    let l2563: f32 = p_optim_v_norm_g[i];
    let v2567: f32 = l2563 * 0.95f;
    let v2568: f32 = v2561 * v2561;
    let v2569: f32 = v2568 * 0.05f;
    let v2570: f32 = v2567 + v2569;
    t2570[i] = v2570;
    let v2571: f32 = sqrt(v2570);
    let l1635: f32 = t1583[0i];
    let v2572: f32 = v2571 / l1635;
    let v2573: f32 = v2572 + 1e-8f;
    let v2574: f32 = v2566 / v2573;
    t2574[i] = v2574;
  }
}
