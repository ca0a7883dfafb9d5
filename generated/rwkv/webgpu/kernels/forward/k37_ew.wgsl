// kernel k37_ew (compiler/std/ssm.loom:79:21)
@group(0) @binding(0) var<storage, read> t237: array<f32>;
@group(0) @binding(1) var<storage, read> p_blocks_1_ffn_mix_k: array<f32>;
@group(0) @binding(2) var<storage, read> t238: array<f32>;
@group(0) @binding(3) var<storage, read> t243: array<f32>;
@group(0) @binding(4) var<storage, read_write> t247: array<f32>;
@group(0) @binding(5) var<storage, read> p_blocks_1_ffn_mix_r: array<f32>;
@group(0) @binding(6) var<storage, read> t253: array<f32>;
@group(0) @binding(7) var<storage, read_write> t257: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k37_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l237: f32 = t237[i];
  let l241: f32 = p_blocks_1_ffn_mix_k[i % 64i];
  let v242: f32 = l237 * l241;
  let l239: f32 = t238[i];
  let l245: f32 = t243[i % 64i];
  let v246: f32 = l239 * l245;
  let v247: f32 = v242 + v246;
  t247[i] = v247;
  let l251: f32 = p_blocks_1_ffn_mix_r[i % 64i];
  let v252: f32 = l237 * l251;
  let l255: f32 = t253[i % 64i];
  let v256: f32 = l239 * l255;
  let v257: f32 = v252 + v256;
  t257[i] = v257;
}
