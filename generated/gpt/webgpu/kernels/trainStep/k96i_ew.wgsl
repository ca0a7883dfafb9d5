// kernel k96i_ew
@group(0) @binding(0) var<storage, read> p_blocks_0_attn_wv_b: array<f32>;
@group(0) @binding(1) var<storage, read> t850: array<f32>;
@group(0) @binding(2) var<storage, read_write> t851: array<f32>;
@group(0) @binding(3) var<storage, read> t412: array<f32>;
@group(0) @binding(4) var<storage, read> t640: array<f32>;
@group(0) @binding(5) var<storage, read_write> t869: array<f32>;
@group(0) @binding(6) var<storage, read> p_optim_m_blocks_0_attn_wo_b: array<f32>;
@group(0) @binding(7) var<storage, read_write> t874: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k96i_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 64i) {
    let l9: f32 = p_blocks_0_attn_wv_b[i];
    let x850: f32 = t850[i];
    let v851: f32 = l9 - x850;
    t851[i] = v851;
    let l413: f32 = t412[i];
    let l711: f32 = t640[0i];
    let v869: f32 = l413 * l711;
    t869[i] = v869;
    let l870: f32 = p_optim_m_blocks_0_attn_wo_b[i];
    let v872: f32 = l870 * 0.9f;
    let v873: f32 = v869 * 0.1f;
    let v874: f32 = v872 + v873;
    t874[i] = v874;
  }
}
