// kernel k25_ew (compiler/std/ssm.loom:79:21)
@group(0) @binding(0) var<storage, read> t174: array<f32>;
@group(0) @binding(1) var<storage, read> p_blocks_1_att_mix_k: array<f32>;
@group(0) @binding(2) var<storage, read> t176: array<f32>;
@group(0) @binding(3) var<storage, read_write> t185: array<f32>;
@group(0) @binding(4) var<storage, read> p_blocks_1_att_mix_v: array<f32>;
@group(0) @binding(5) var<storage, read_write> t192: array<f32>;
@group(0) @binding(6) var<storage, read> p_blocks_1_att_mix_r: array<f32>;
@group(0) @binding(7) var<storage, read_write> t212: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k25_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 64i) {
    let l174: f32 = t174[i];
    let l180: f32 = p_blocks_1_att_mix_k[i];
    let v181: f32 = l174 * l180;
    let l178: f32 = t176[i];
    let l25: f32 = p_blocks_1_att_mix_k[i];
    let v182: f32 = 1.0f - l25;
    let v184: f32 = l178 * v182;
    let v185: f32 = v181 + v184;
    t185[i] = v185;
    let l187: f32 = p_blocks_1_att_mix_v[i];
    let v188: f32 = l174 * l187;
    let l26: f32 = p_blocks_1_att_mix_v[i];
    let v189: f32 = 1.0f - l26;
    let v191: f32 = l178 * v189;
    let v192: f32 = v188 + v191;
    t192[i] = v192;
    let l207: f32 = p_blocks_1_att_mix_r[i];
    let v208: f32 = l174 * l207;
    let l27: f32 = p_blocks_1_att_mix_r[i];
    let v209: f32 = 1.0f - l27;
    let v211: f32 = l178 * v209;
    let v212: f32 = v208 + v211;
    t212[i] = v212;
  }
}
