// kernel k17_ew (compiler/std/ssm.loom:79:21)
@group(0) @binding(0) var<storage, read> t140: array<f32>;
@group(0) @binding(1) var<storage, read> p_blocks_0_ffn_mix_k: array<f32>;
@group(0) @binding(2) var<storage, read> t141: array<f32>;
@group(0) @binding(3) var<storage, read> t146: array<f32>;
@group(0) @binding(4) var<storage, read_write> t150: array<f32>;
@group(0) @binding(5) var<storage, read> p_blocks_0_ffn_mix_r: array<f32>;
@group(0) @binding(6) var<storage, read> t157: array<f32>;
@group(0) @binding(7) var<storage, read_write> t161: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k17_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l140: f32 = t140[i];
  let l144: f32 = p_blocks_0_ffn_mix_k[i % 64i];
  let v145: f32 = l140 * l144;
  let l142: f32 = t141[i / 4096i * 4160i + i % 4096i];
  let l148: f32 = t146[i % 64i];
  let v149: f32 = l142 * l148;
  let v150: f32 = v145 + v149;
  t150[i] = v150;
  let l155: f32 = p_blocks_0_ffn_mix_r[i % 64i];
  let v156: f32 = l140 * l155;
  let l159: f32 = t157[i % 64i];
  let v160: f32 = l142 * l159;
  let v161: f32 = v156 + v160;
  t161[i] = v161;
}
