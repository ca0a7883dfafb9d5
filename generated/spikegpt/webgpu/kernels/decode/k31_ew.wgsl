// kernel k31_ew (compiler/std/ssm.loom:79:21)
@group(0) @binding(0) var<storage, read> t197: array<f32>;
@group(0) @binding(1) var<storage, read> p_blocks_1_att_mix_k: array<f32>;
@group(0) @binding(2) var<storage, read> t199: array<f32>;
@group(0) @binding(3) var<storage, read_write> t208: array<f32>;
@group(0) @binding(4) var<storage, read> p_blocks_1_att_mix_v: array<f32>;
@group(0) @binding(5) var<storage, read_write> t215: array<f32>;
@group(0) @binding(6) var<storage, read> p_blocks_1_att_mix_r: array<f32>;
@group(0) @binding(7) var<storage, read_write> t235: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k31_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 64i) {
    let l197: f32 = t197[i];
    let l203: f32 = p_blocks_1_att_mix_k[i];
    let v204: f32 = l197 * l203;
    let l201: f32 = t199[i];
    let l25: f32 = p_blocks_1_att_mix_k[i];
    let v205: f32 = 1.0f - l25;
    let v207: f32 = l201 * v205;
    let v208: f32 = v204 + v207;
    t208[i] = v208;
    let l210: f32 = p_blocks_1_att_mix_v[i];
    let v211: f32 = l197 * l210;
    let l26: f32 = p_blocks_1_att_mix_v[i];
    let v212: f32 = 1.0f - l26;
    let v214: f32 = l201 * v212;
    let v215: f32 = v211 + v214;
    t215[i] = v215;
    let l230: f32 = p_blocks_1_att_mix_r[i];
    let v231: f32 = l197 * l230;
    let l27: f32 = p_blocks_1_att_mix_r[i];
    let v232: f32 = 1.0f - l27;
    let v234: f32 = l201 * v232;
    let v235: f32 = v231 + v234;
    t235[i] = v235;
  }
}
