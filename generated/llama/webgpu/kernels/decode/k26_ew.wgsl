// kernel k26_ew (compiler/std/nn.loom:67:9)
@group(0) @binding(0) var<storage, read> t93: array<f32>;
@group(0) @binding(1) var<storage, read> t182: array<f32>;
@group(0) @binding(2) var<storage, read> p_layers_1_attn_cache_k: array<f32>;
@group(0) @binding(3) var<storage, read_write> t186: array<f32>;
@group(0) @binding(4) var<storage, read> t152: array<f32>;
@group(0) @binding(5) var<storage, read> p_layers_1_attn_cache_v: array<f32>;
@group(0) @binding(6) var<storage, read_write> t189: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k26_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l93: bool = t93[i] != 0.0f;
  let l185: f32 = t182[i / 1024i * 16i + i % 16i];
  let l184: f32 = p_layers_1_attn_cache_k[i];
  let v186: f32 = select(l184, l185, l93);
  t186[i] = v186;
  let l188: f32 = t152[i / 1024i * 16i + i % 16i];
  let l187: f32 = p_layers_1_attn_cache_v[i];
  let v189: f32 = select(l187, l188, l93);
  t189[i] = v189;
}
