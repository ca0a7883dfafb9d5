// kernel k48_ew (compiler/std/ssm.loom:79:21)
@group(0) @binding(0) var<storage, read> t267: array<f32>;
@group(0) @binding(1) var<storage, read> p_blocks_1_ffn_mix_k: array<f32>;
@group(0) @binding(2) var<storage, read> t269: array<f32>;
@group(0) @binding(3) var<storage, read> t275: array<f32>;
@group(0) @binding(4) var<storage, read_write> t279: array<f32>;
@group(0) @binding(5) var<storage, read> p_blocks_1_ffn_mix_r: array<f32>;
@group(0) @binding(6) var<storage, read> t285: array<f32>;
@group(0) @binding(7) var<storage, read_write> t289: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k48_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l267: f32 = t267[i];
  let l273: f32 = p_blocks_1_ffn_mix_k[i % 64i];
  let v274: f32 = l267 * l273;
  let l271: f32 = t269[i];
  let l277: f32 = t275[i % 64i];
  let v278: f32 = l271 * l277;
  let v279: f32 = v274 + v278;
  t279[i] = v279;
  let l283: f32 = p_blocks_1_ffn_mix_r[i % 64i];
  let v284: f32 = l267 * l283;
  let l287: f32 = t285[i % 64i];
  let v288: f32 = l271 * l287;
  let v289: f32 = v284 + v288;
  t289[i] = v289;
}
