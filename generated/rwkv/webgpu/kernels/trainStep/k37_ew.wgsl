// kernel k37_ew (compiler/std/ssm.loom:79:21)
@group(0) @binding(0) var<storage, read> t239: array<f32>;
@group(0) @binding(1) var<storage, read> p_blocks_1_ffn_mix_k: array<f32>;
@group(0) @binding(2) var<storage, read> t240: array<f32>;
@group(0) @binding(3) var<storage, read> t245: array<f32>;
@group(0) @binding(4) var<storage, read_write> t249: array<f32>;
@group(0) @binding(5) var<storage, read> p_blocks_1_ffn_mix_r: array<f32>;
@group(0) @binding(6) var<storage, read> t255: array<f32>;
@group(0) @binding(7) var<storage, read_write> t259: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k37_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l239: f32 = t239[i];
  let l243: f32 = p_blocks_1_ffn_mix_k[i % 64i];
  let v244: f32 = l239 * l243;
  let l241: f32 = t240[i / 4096i * 4160i + i % 4096i];
  let l247: f32 = t245[i % 64i];
  let v248: f32 = l241 * l247;
  let v249: f32 = v244 + v248;
  t249[i] = v249;
  let l253: f32 = p_blocks_1_ffn_mix_r[i % 64i];
  let v254: f32 = l239 * l253;
  let l257: f32 = t255[i % 64i];
  let v258: f32 = l241 * l257;
  let v259: f32 = v254 + v258;
  t259[i] = v259;
}
