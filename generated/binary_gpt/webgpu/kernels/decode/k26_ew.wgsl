// kernel k26_ew (dsl-examples/binary_gpt.loom:20:9)
@group(0) @binding(0) var<storage, read> t84: array<f32>;
@group(0) @binding(1) var<storage, read> t190: array<f32>;
@group(0) @binding(2) var<storage, read> p_blocks_1_attn_cache_k: array<f32>;
@group(0) @binding(3) var<storage, read_write> t195: array<f32>;
@group(0) @binding(4) var<storage, read> t203: array<f32>;
@group(0) @binding(5) var<storage, read> p_blocks_1_attn_cache_v: array<f32>;
@group(0) @binding(6) var<storage, read_write> t208: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k26_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l84: bool = t84[i] != 0.0f;
  let l194: f32 = t190[i / 1024i * 16i + i % 16i];
  let l193: f32 = p_blocks_1_attn_cache_k[i];
  let v195: f32 = select(l193, l194, l84);
  t195[i] = v195;
  let l207: f32 = t203[i / 1024i * 16i + i % 16i];
  let l206: f32 = p_blocks_1_attn_cache_v[i];
  let v208: f32 = select(l206, l207, l84);
  t208[i] = v208;
}
