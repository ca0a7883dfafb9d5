// kernel k94d_ew
@group(0) @binding(0) var<storage, read> p_blocks_0_ln1_b: array<f32>;
@group(0) @binding(1) var<storage, read> t747: array<f32>;
@group(0) @binding(2) var<storage, read_write> t748: array<f32>;
@group(0) @binding(3) var<storage, read> t434: array<f32>;
@group(0) @binding(4) var<storage, read> t636: array<f32>;
@group(0) @binding(5) var<storage, read_write> t766: array<f32>;
@group(0) @binding(6) var<storage, read> p_optim_m_blocks_0_attn_wq_b: array<f32>;
@group(0) @binding(7) var<storage, read_write> t771: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k94d_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 64i) {
    let l3: f32 = p_blocks_0_ln1_b[i];
    let x747: f32 = t747[i];
    let v748: f32 = l3 - x747;
    t748[i] = v748;
    let l435: f32 = t434[i];
    let l707: f32 = t636[0i];
    let v766: f32 = l435 * l707;
    t766[i] = v766;
    let l767: f32 = p_optim_m_blocks_0_attn_wq_b[i];
    let v769: f32 = l767 * 0.9f;
    let v770: f32 = v766 * 0.1f;
    let v771: f32 = v769 + v770;
    t771[i] = v771;
  }
}
