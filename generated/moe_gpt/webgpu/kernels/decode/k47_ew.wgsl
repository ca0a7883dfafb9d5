// kernel k47_ew (compiler/std/attention.loom:25:9)
@group(0) @binding(0) var<storage, read> t103: array<f32>;
@group(0) @binding(1) var<storage, read> t271: array<f32>;
@group(0) @binding(2) var<storage, read> p_layers_1_attn_cache_k: array<f32>;
@group(0) @binding(3) var<storage, read_write> t275: array<f32>;
@group(0) @binding(4) var<storage, read> t241: array<f32>;
@group(0) @binding(5) var<storage, read> p_layers_1_attn_cache_v: array<f32>;
@group(0) @binding(6) var<storage, read_write> t278: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k47_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l103: bool = t103[i] != 0.0f;
  let l274: f32 = t271[i / 1024i * 16i + i % 16i];
  let l273: f32 = p_layers_1_attn_cache_k[i];
  let v275: f32 = select(l273, l274, l103);
  t275[i] = v275;
  let l277: f32 = t241[i / 1024i * 16i + i % 16i];
  let l276: f32 = p_layers_1_attn_cache_v[i];
  let v278: f32 = select(l276, l277, l103);
  t278[i] = v278;
}
