// kernel k42_ew (compiler/std/attention.loom:25:9)
@group(0) @binding(0) var<storage, read> t102: array<f32>;
@group(0) @binding(1) var<storage, read> t276: array<f32>;
@group(0) @binding(2) var<storage, read> p_mtp_blocks_0_attn_cache_k: array<f32>;
@group(0) @binding(3) var<storage, read_write> t280: array<f32>;
@group(0) @binding(4) var<storage, read> t246: array<f32>;
@group(0) @binding(5) var<storage, read> p_mtp_blocks_0_attn_cache_v: array<f32>;
@group(0) @binding(6) var<storage, read_write> t283: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k42_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l102: bool = t102[i] != 0.0f;
  let l279: f32 = t276[i / 1024i * 16i + i % 16i];
  let l278: f32 = p_mtp_blocks_0_attn_cache_k[i];
  let v280: f32 = select(l278, l279, l102);
  t280[i] = v280;
  let l282: f32 = t246[i / 1024i * 16i + i % 16i];
  let l281: f32 = p_mtp_blocks_0_attn_cache_v[i];
  let v283: f32 = select(l281, l282, l102);
  t283[i] = v283;
}
