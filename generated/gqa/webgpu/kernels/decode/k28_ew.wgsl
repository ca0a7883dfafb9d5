// kernel k28_ew (compiler/std/attention.loom:25:9)
@group(0) @binding(0) var<storage, read> t95: array<f32>;
@group(0) @binding(1) var<storage, read> t184: array<f32>;
@group(0) @binding(2) var<storage, read> p_layers_1_attn_cache_k: array<f32>;
@group(0) @binding(3) var<storage, read_write> t188: array<f32>;
@group(0) @binding(4) var<storage, read> t154: array<f32>;
@group(0) @binding(5) var<storage, read> p_layers_1_attn_cache_v: array<f32>;
@group(0) @binding(6) var<storage, read_write> t191: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k28_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l95: bool = t95[i] != 0.0f;
  let l187: f32 = t184[i / 1024i * 16i + i % 16i];
  let l186: f32 = p_layers_1_attn_cache_k[i];
  let v188: f32 = select(l186, l187, l95);
  t188[i] = v188;
  let l190: f32 = t154[i / 1024i * 16i + i % 16i];
  let l189: f32 = p_layers_1_attn_cache_v[i];
  let v191: f32 = select(l189, l190, l95);
  t191[i] = v191;
}
