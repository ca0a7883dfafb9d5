// kernel k26_ew (compiler/std/attention.loom:25:9)
@group(0) @binding(0) var<storage, read> t102: array<f32>;
@group(0) @binding(1) var<storage, read> t191: array<f32>;
@group(0) @binding(2) var<storage, read> p_layers_1_attn_cache_k: array<f32>;
@group(0) @binding(3) var<storage, read_write> t195: array<f32>;
@group(0) @binding(4) var<storage, read> t161: array<f32>;
@group(0) @binding(5) var<storage, read> p_layers_1_attn_cache_v: array<f32>;
@group(0) @binding(6) var<storage, read_write> t198: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k26_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l102: bool = t102[i] != 0.0f;
  let l194: f32 = t191[i / 1024i * 16i + i % 16i];
  let l193: f32 = p_layers_1_attn_cache_k[i];
  let v195: f32 = select(l193, l194, l102);
  t195[i] = v195;
  let l197: f32 = t161[i / 1024i * 16i + i % 16i];
  let l196: f32 = p_layers_1_attn_cache_v[i];
  let v198: f32 = select(l196, l197, l102);
  t198[i] = v198;
}
