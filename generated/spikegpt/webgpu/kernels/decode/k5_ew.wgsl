// kernel k5_ew (compiler/std/ssm.loom:79:21)
@group(0) @binding(0) var<storage, read> t78: array<f32>;
@group(0) @binding(1) var<storage, read> p_blocks_0_att_mix_k: array<f32>;
@group(0) @binding(2) var<storage, read> t80: array<f32>;
@group(0) @binding(3) var<storage, read_write> t90: array<f32>;
@group(0) @binding(4) var<storage, read> p_blocks_0_att_mix_v: array<f32>;
@group(0) @binding(5) var<storage, read_write> t97: array<f32>;
@group(0) @binding(6) var<storage, read> p_blocks_0_att_mix_r: array<f32>;
@group(0) @binding(7) var<storage, read_write> t117: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k5_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 64i) {
    let l78: f32 = t78[i];
    let l84: f32 = p_blocks_0_att_mix_k[i];
    let v85: f32 = l78 * l84;
    let l82: f32 = t80[i];
    let l7: f32 = p_blocks_0_att_mix_k[i];
    let v87: f32 = 1.0f - l7;
    let v89: f32 = l82 * v87;
    let v90: f32 = v85 + v89;
    t90[i] = v90;
    let l92: f32 = p_blocks_0_att_mix_v[i];
    let v93: f32 = l78 * l92;
    let l8: f32 = p_blocks_0_att_mix_v[i];
    let v94: f32 = 1.0f - l8;
    let v96: f32 = l82 * v94;
    let v97: f32 = v93 + v96;
    t97[i] = v97;
    let l112: f32 = p_blocks_0_att_mix_r[i];
    let v113: f32 = l78 * l112;
    let l9: f32 = p_blocks_0_att_mix_r[i];
    let v114: f32 = 1.0f - l9;
    let v116: f32 = l82 * v114;
    let v117: f32 = v113 + v116;
    t117[i] = v117;
  }
}
