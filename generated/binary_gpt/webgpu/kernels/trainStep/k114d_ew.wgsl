// kernel k114d_ew
@group(0) @binding(0) var<storage, read> p_blocks_0_attn_wq_alpha: array<f32>;
@group(0) @binding(1) var<storage, read> t829: array<f32>;
@group(0) @binding(2) var<storage, read_write> t830: array<f32>;
@group(0) @binding(3) var<storage, read> t476: array<f32>;
@group(0) @binding(4) var<storage, read> t701: array<f32>;
@group(0) @binding(5) var<storage, read_write> t831: array<f32>;
@group(0) @binding(6) var<storage, read> p_optim_m_blocks_0_attn_wq_beta: array<f32>;
@group(0) @binding(7) var<storage, read_write> t836: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k114d_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 64i) {
    let l4: f32 = p_blocks_0_attn_wq_alpha[i];
    let x829: f32 = t829[i];
    let v830: f32 = l4 - x829;
    t830[i] = v830;
    let l477: f32 = t476[i];
    let l772: f32 = t701[0i];
    let v831: f32 = l477 * l772;
    t831[i] = v831;
    let l832: f32 = p_optim_m_blocks_0_attn_wq_beta[i];
    let v834: f32 = l832 * 0.9f;
    let v835: f32 = v831 * 0.1f;
    let v836: f32 = v834 + v835;
    t836[i] = v836;
  }
}
