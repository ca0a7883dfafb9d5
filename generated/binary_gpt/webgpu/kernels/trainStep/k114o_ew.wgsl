// kernel k114o_ew
@group(0) @binding(0) var<storage, read> p_optim_v_blocks_0_attn_wo_beta: array<f32>;
@group(0) @binding(1) var<storage, read> t978: array<f32>;
@group(0) @binding(2) var<storage, read_write> t987: array<f32>;
@group(0) @binding(3) var<storage, read> p_blocks_0_attn_wo_beta: array<f32>;
@group(0) @binding(4) var<storage, read> t983: array<f32>;
@group(0) @binding(5) var<storage, read> t711: array<f32>;
@group(0) @binding(6) var<storage, read> t710: array<f32>;
@group(0) @binding(7) var<storage, read_write> t993: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k114o_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 64i) {
    let l980: f32 = p_optim_v_blocks_0_attn_wo_beta[i];
    let v984: f32 = l980 * 0.95f;
    let x978: f32 = t978[i];
    let v985: f32 = x978 * x978;
    let v986: f32 = v985 * 0.05f;
    let v987: f32 = v984 + v986;
    t987[i] = v987;
    let l14: f32 = p_blocks_0_attn_wo_beta[i];
    let x983: f32 = t983[i];
    let v988: f32 = sqrt(v987);
    let l789: f32 = t711[0i];
    let v989: f32 = v988 / l789;
    let v990: f32 = v989 + 1e-8f;
    let v991: f32 = x983 / v990;
    let l795: f32 = t710[0i];
    let v992: f32 = v991 * l795;
    let v993: f32 = l14 - v992;
    t993[i] = v993;
  }
}
