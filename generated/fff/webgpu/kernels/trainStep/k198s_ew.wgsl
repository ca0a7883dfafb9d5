// kernel k198s_ew
@group(0) @binding(0) var<storage, read> p_blocks_1_attn_wq_b: array<f32>;
@group(0) @binding(1) var<storage, read> t1369: array<f32>;
@group(0) @binding(2) var<storage, read_write> t1370: array<f32>;
@group(0) @binding(3) var<storage, read> t590: array<f32>;
@group(0) @binding(4) var<storage, read> t986: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1388: array<f32>;
@group(0) @binding(6) var<storage, read> p_optim_m_blocks_1_attn_wk_b: array<f32>;
@group(0) @binding(7) var<storage, read_write> t1393: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k198s_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 64i) {
    let l19: f32 = p_blocks_1_attn_wq_b[i];
    let x1369: f32 = t1369[i];
    let v1370: f32 = l19 - x1369;
    t1370[i] = v1370;
    let l591: f32 = t590[i];
    let l1057: f32 = t986[0i];
    let v1388: f32 = l591 * l1057;
    t1388[i] = v1388;
    let l1389: f32 = p_optim_m_blocks_1_attn_wk_b[i];
    let v1391: f32 = l1389 * 0.9f;
    let v1392: f32 = v1388 * 0.1f;
    let v1393: f32 = v1391 + v1392;
    t1393[i] = v1393;
  }
}
