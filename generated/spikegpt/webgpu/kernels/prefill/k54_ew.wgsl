// kernel k54_ew (compiler/std/ssm.loom:79:21)
@group(0) @binding(0) var<storage, read> t301: array<f32>;
@group(0) @binding(1) var<storage, read> p_blocks_1_ffn_mix_k: array<f32>;
@group(0) @binding(2) var<storage, read> t303: array<f32>;
@group(0) @binding(3) var<storage, read> t309: array<f32>;
@group(0) @binding(4) var<storage, read_write> t313: array<f32>;
@group(0) @binding(5) var<storage, read> p_blocks_1_ffn_mix_r: array<f32>;
@group(0) @binding(6) var<storage, read> t319: array<f32>;
@group(0) @binding(7) var<storage, read_write> t323: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k54_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l301: f32 = t301[i];
  let l307: f32 = p_blocks_1_ffn_mix_k[i % 64i];
  let v308: f32 = l301 * l307;
  let l305: f32 = t303[i];
  let l311: f32 = t309[i % 64i];
  let v312: f32 = l305 * l311;
  let v313: f32 = v308 + v312;
  t313[i] = v313;
  let l317: f32 = p_blocks_1_ffn_mix_r[i % 64i];
  let v318: f32 = l301 * l317;
  let l321: f32 = t319[i % 64i];
  let v322: f32 = l305 * l321;
  let v323: f32 = v318 + v322;
  t323[i] = v323;
}
