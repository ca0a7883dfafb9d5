// kernel k5_ew (compiler/std/ssm.loom:79:21)
@group(0) @binding(0) var<storage, read> t75: array<f32>;
@group(0) @binding(1) var<storage, read> p_blocks_0_att_mix_k: array<f32>;
@group(0) @binding(2) var<storage, read> t77: array<f32>;
@group(0) @binding(3) var<storage, read_write> t87: array<f32>;
@group(0) @binding(4) var<storage, read> p_blocks_0_att_mix_v: array<f32>;
@group(0) @binding(5) var<storage, read_write> t94: array<f32>;
@group(0) @binding(6) var<storage, read> p_blocks_0_att_mix_r: array<f32>;
@group(0) @binding(7) var<storage, read_write> t114: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k5_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 64i) {
    let l75: f32 = t75[i];
    let l81: f32 = p_blocks_0_att_mix_k[i];
    let v82: f32 = l75 * l81;
    let l79: f32 = t77[i];
    let l7: f32 = p_blocks_0_att_mix_k[i];
    let v84: f32 = 1.0f - l7;
    let v86: f32 = l79 * v84;
    let v87: f32 = v82 + v86;
    t87[i] = v87;
    let l89: f32 = p_blocks_0_att_mix_v[i];
    let v90: f32 = l75 * l89;
    let l8: f32 = p_blocks_0_att_mix_v[i];
    let v91: f32 = 1.0f - l8;
    let v93: f32 = l79 * v91;
    let v94: f32 = v90 + v93;
    t94[i] = v94;
    let l109: f32 = p_blocks_0_att_mix_r[i];
    let v110: f32 = l75 * l109;
    let l9: f32 = p_blocks_0_att_mix_r[i];
    let v111: f32 = 1.0f - l9;
    let v113: f32 = l79 * v111;
    let v114: f32 = v110 + v113;
    t114[i] = v114;
  }
}
