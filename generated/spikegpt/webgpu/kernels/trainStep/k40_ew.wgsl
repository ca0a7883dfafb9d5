// kernel k40_ew (compiler/std/ssm.loom:79:21)
@group(0) @binding(0) var<storage, read> t270: array<f32>;
@group(0) @binding(1) var<storage, read> p_blocks_1_ffn_mix_k: array<f32>;
@group(0) @binding(2) var<storage, read> t271: array<f32>;
@group(0) @binding(3) var<storage, read> t276: array<f32>;
@group(0) @binding(4) var<storage, read_write> t280: array<f32>;
@group(0) @binding(5) var<storage, read> p_blocks_1_ffn_mix_r: array<f32>;
@group(0) @binding(6) var<storage, read> t286: array<f32>;
@group(0) @binding(7) var<storage, read_write> t290: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k40_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l270: f32 = t270[i];
  let l274: f32 = p_blocks_1_ffn_mix_k[i % 64i];
  let v275: f32 = l270 * l274;
  let l272: f32 = t271[i / 4096i * 4160i + i % 4096i];
  let l278: f32 = t276[i % 64i];
  let v279: f32 = l272 * l278;
  let v280: f32 = v275 + v279;
  t280[i] = v280;
  let l284: f32 = p_blocks_1_ffn_mix_r[i % 64i];
  let v285: f32 = l270 * l284;
  let l288: f32 = t286[i % 64i];
  let v289: f32 = l272 * l288;
  let v290: f32 = v285 + v289;
  t290[i] = v290;
}
