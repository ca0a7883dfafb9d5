// kernel k158d_ew
@group(0) @binding(0) var<storage, read> p_blocks_0_ln1_b: array<f32>;
@group(0) @binding(1) var<storage, read> t919: array<f32>;
@group(0) @binding(2) var<storage, read_write> t920: array<f32>;
@group(0) @binding(3) var<storage, read> t598: array<f32>;
@group(0) @binding(4) var<storage, read> t808: array<f32>;
@group(0) @binding(5) var<storage, read_write> t938: array<f32>;
@group(0) @binding(6) var<storage, read> p_optim_m_blocks_0_attn_wq_b: array<f32>;
@group(0) @binding(7) var<storage, read_write> t943: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k158d_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 64i) {
    let l3: f32 = p_blocks_0_ln1_b[i];
    let x919: f32 = t919[i];
    let v920: f32 = l3 - x919;
    t920[i] = v920;
    let l599: f32 = t598[i];
    let l879: f32 = t808[0i];
    let v938: f32 = l599 * l879;
    t938[i] = v938;
    let l939: f32 = p_optim_m_blocks_0_attn_wq_b[i];
    let v941: f32 = l939 * 0.9f;
    let v942: f32 = v938 * 0.1f;
    let v943: f32 = v941 + v942;
    t943[i] = v943;
  }
}
