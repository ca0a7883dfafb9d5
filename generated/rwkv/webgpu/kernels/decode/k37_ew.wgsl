// kernel k37_ew (compiler/std/ssm.loom:79:21)
@group(0) @binding(0) var<storage, read> t232: array<f32>;
@group(0) @binding(1) var<storage, read> p_blocks_1_ffn_mix_k: array<f32>;
@group(0) @binding(2) var<storage, read> t234: array<f32>;
@group(0) @binding(3) var<storage, read_write> t242: array<f32>;
@group(0) @binding(4) var<storage, read> p_blocks_1_ffn_mix_r: array<f32>;
@group(0) @binding(5) var<storage, read_write> t250: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k37_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 64i) {
    let l232: f32 = t232[i];
    let l237: f32 = p_blocks_1_ffn_mix_k[i];
    let v238: f32 = l232 * l237;
    let l236: f32 = t234[i];
    let l34: f32 = p_blocks_1_ffn_mix_k[i];
    let v239: f32 = 1.0f - l34;
    let v241: f32 = l236 * v239;
    let v242: f32 = v238 + v241;
    t242[i] = v242;
    let l245: f32 = p_blocks_1_ffn_mix_r[i];
    let v246: f32 = l232 * l245;
    let l35: f32 = p_blocks_1_ffn_mix_r[i];
    let v247: f32 = 1.0f - l35;
    let v249: f32 = l236 * v247;
    let v250: f32 = v246 + v249;
    t250[i] = v250;
  }
}
