// kernel k41_ew (compiler/std/attention.loom:25:9)
@group(0) @binding(0) var<storage, read> t97: array<f32>;
@group(0) @binding(1) var<storage, read> t237: array<f32>;
@group(0) @binding(2) var<storage, read> p_layers_1_attn_cache_k: array<f32>;
@group(0) @binding(3) var<storage, read_write> t241: array<f32>;
@group(0) @binding(4) var<storage, read> t207: array<f32>;
@group(0) @binding(5) var<storage, read> p_layers_1_attn_cache_v: array<f32>;
@group(0) @binding(6) var<storage, read_write> t244: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k41_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l97: bool = t97[i] != 0.0f;
  let l240: f32 = t237[i / 1024i * 16i + i % 16i];
  let l239: f32 = p_layers_1_attn_cache_k[i];
  let v241: f32 = select(l239, l240, l97);
  t241[i] = v241;
  let l243: f32 = t207[i / 1024i * 16i + i % 16i];
  let l242: f32 = p_layers_1_attn_cache_v[i];
  let v244: f32 = select(l242, l243, l97);
  t244[i] = v244;
}
