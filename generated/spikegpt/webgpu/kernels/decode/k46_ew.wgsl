// kernel k46_ew (compiler/std/ssm.loom:79:21)
@group(0) @binding(0) var<storage, read> t265: array<f32>;
@group(0) @binding(1) var<storage, read> p_blocks_1_ffn_mix_k: array<f32>;
@group(0) @binding(2) var<storage, read> t267: array<f32>;
@group(0) @binding(3) var<storage, read_write> t275: array<f32>;
@group(0) @binding(4) var<storage, read> p_blocks_1_ffn_mix_r: array<f32>;
@group(0) @binding(5) var<storage, read_write> t283: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k46_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 64i) {
    let l265: f32 = t265[i];
    let l270: f32 = p_blocks_1_ffn_mix_k[i];
    let v271: f32 = l265 * l270;
    let l269: f32 = t267[i];
    let l34: f32 = p_blocks_1_ffn_mix_k[i];
    let v272: f32 = 1.0f - l34;
    let v274: f32 = l269 * v272;
    let v275: f32 = v271 + v274;
    t275[i] = v275;
    let l278: f32 = p_blocks_1_ffn_mix_r[i];
    let v279: f32 = l265 * l278;
    let l35: f32 = p_blocks_1_ffn_mix_r[i];
    let v280: f32 = 1.0f - l35;
    let v282: f32 = l269 * v280;
    let v283: f32 = v279 + v282;
    t283[i] = v283;
  }
}
