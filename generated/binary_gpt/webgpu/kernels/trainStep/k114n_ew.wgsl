// kernel k114n_ew
@group(0) @binding(0) var<storage, read> p_blocks_0_attn_wo_alpha: array<f32>;
@group(0) @binding(1) var<storage, read> t976: array<f32>;
@group(0) @binding(2) var<storage, read_write> t977: array<f32>;
@group(0) @binding(3) var<storage, read> t438: array<f32>;
@group(0) @binding(4) var<storage, read> t701: array<f32>;
@group(0) @binding(5) var<storage, read_write> t978: array<f32>;
@group(0) @binding(6) var<storage, read> p_optim_m_blocks_0_attn_wo_beta: array<f32>;
@group(0) @binding(7) var<storage, read_write> t983: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k114n_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 64i) {
    let l13: f32 = p_blocks_0_attn_wo_alpha[i];
    let x976: f32 = t976[i];
    let v977: f32 = l13 - x976;
    t977[i] = v977;
    let l439: f32 = t438[i];
    let l772: f32 = t701[0i];
    let v978: f32 = l439 * l772;
    t978[i] = v978;
    let l979: f32 = p_optim_m_blocks_0_attn_wo_beta[i];
    let v981: f32 = l979 * 0.9f;
    let v982: f32 = v978 * 0.1f;
    let v983: f32 = v981 + v982;
    t983[i] = v983;
  }
}
