// kernel k94i_ew
@group(0) @binding(0) var<storage, read> p_blocks_0_attn_wv_b: array<f32>;
@group(0) @binding(1) var<storage, read> t846: array<f32>;
@group(0) @binding(2) var<storage, read_write> t847: array<f32>;
@group(0) @binding(3) var<storage, read> t409: array<f32>;
@group(0) @binding(4) var<storage, read> t636: array<f32>;
@group(0) @binding(5) var<storage, read_write> t865: array<f32>;
@group(0) @binding(6) var<storage, read> p_optim_m_blocks_0_attn_wo_b: array<f32>;
@group(0) @binding(7) var<storage, read_write> t870: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k94i_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 64i) {
    let l9: f32 = p_blocks_0_attn_wv_b[i];
    let x846: f32 = t846[i];
    let v847: f32 = l9 - x846;
    t847[i] = v847;
    let l410: f32 = t409[i];
    let l707: f32 = t636[0i];
    let v865: f32 = l410 * l707;
    t865[i] = v865;
    let l866: f32 = p_optim_m_blocks_0_attn_wo_b[i];
    let v868: f32 = l866 * 0.9f;
    let v869: f32 = v865 * 0.1f;
    let v870: f32 = v868 + v869;
    t870[i] = v870;
  }
}
