// kernel k34_ew (dsl-examples/mla.loom:22:9)
@group(0) @binding(0) var<storage, read> t105: array<f32>;
@group(0) @binding(1) var<storage, read> t227: array<f32>;
@group(0) @binding(2) var<storage, read> p_layers_1_attn_cache_c_kv: array<f32>;
@group(0) @binding(3) var<storage, read_write> t230: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k34_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l105: bool = t105[i] != 0.0f;
  let l229: f32 = t227[i % 16i];
  let l228: f32 = p_layers_1_attn_cache_c_kv[i];
  let v230: f32 = select(l228, l229, l105);
  t230[i] = v230;
}
