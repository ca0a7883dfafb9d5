// kernel k25_ew (compiler/std/ssm.loom:79:21)
@group(0) @binding(0) var<storage, read> t169: array<f32>;
@group(0) @binding(1) var<storage, read> p_blocks_0_ffn_mix_k: array<f32>;
@group(0) @binding(2) var<storage, read> t171: array<f32>;
@group(0) @binding(3) var<storage, read> t177: array<f32>;
@group(0) @binding(4) var<storage, read_write> t181: array<f32>;
@group(0) @binding(5) var<storage, read> p_blocks_0_ffn_mix_r: array<f32>;
@group(0) @binding(6) var<storage, read> t188: array<f32>;
@group(0) @binding(7) var<storage, read_write> t192: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k25_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l169: f32 = t169[i];
  let l175: f32 = p_blocks_0_ffn_mix_k[i % 64i];
  let v176: f32 = l169 * l175;
  let l173: f32 = t171[i];
  let l179: f32 = t177[i % 64i];
  let v180: f32 = l173 * l179;
  let v181: f32 = v176 + v180;
  t181[i] = v181;
  let l186: f32 = p_blocks_0_ffn_mix_r[i % 64i];
  let v187: f32 = l169 * l186;
  let l190: f32 = t188[i % 64i];
  let v191: f32 = l173 * l190;
  let v192: f32 = v187 + v191;
  t192[i] = v192;
}
