// kernel k94f_ew
@group(0) @binding(0) var<storage, read> p_optim_m_blocks_0_attn_wk_b: array<f32>;
@group(0) @binding(1) var<storage, read> t428: array<f32>;
@group(0) @binding(2) var<storage, read> t636: array<f32>;
@group(0) @binding(3) var<storage, read_write> t804: array<f32>;
@group(0) @binding(4) var<storage, read> p_optim_v_blocks_0_attn_wk_b: array<f32>;
@group(0) @binding(5) var<storage, read_write> t808: array<f32>;
@group(0) @binding(6) var<storage, read> t646: array<f32>;
@group(0) @binding(7) var<storage, read_write> t812: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k94f_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 64i) {
    let l800: f32 = p_optim_m_blocks_0_attn_wk_b[i];
    let v802: f32 = l800 * 0.9f;
    let l429: f32 = t428[i];
    let l707: f32 = t636[0i];
    let v799: f32 = l429 * l707;
    let v803: f32 = v799 * 0.1f;
    let v804: f32 = v802 + v803;
    t804[i] = v804;
    let l801: f32 = p_optim_v_blocks_0_attn_wk_b[i];
    let v805: f32 = l801 * 0.95f;
    let v806: f32 = v799 * v799;
    let v807: f32 = v806 * 0.05f;
    let v808: f32 = v805 + v807;
    t808[i] = v808;
    let v809: f32 = sqrt(v808);
    let l724: f32 = t646[0i];
    let v810: f32 = v809 / l724;
    let v811: f32 = v810 + 1e-8f;
    let v812: f32 = v804 / v811;
    t812[i] = v812;
  }
}
