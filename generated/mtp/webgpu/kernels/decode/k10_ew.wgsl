// kernel k10_ew (compiler/std/attention.loom:25:9)
@group(0) @binding(0) var<storage, read> in_pos: array<f32>;
@group(0) @binding(1) var<storage, read_write> t102: array<f32>;
@group(0) @binding(2) var<storage, read> t96: array<f32>;
@group(0) @binding(3) var<storage, read> p_layers_0_attn_cache_k: array<f32>;
@group(0) @binding(4) var<storage, read_write> t104: array<f32>;
@group(0) @binding(5) var<storage, read> t49: array<f32>;
@group(0) @binding(6) var<storage, read> p_layers_0_attn_cache_v: array<f32>;
@group(0) @binding(7) var<storage, read_write> t107: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k10_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l100: f32 = f32(i / 16i % 64i);
  let l101: f32 = in_pos[0i];
  let v102: bool = l100 == l101;
  t102[i] = f32(v102);
  let l103: f32 = t96[i / 1024i * 16i + i % 16i];
  let l98: f32 = p_layers_0_attn_cache_k[i];
  let v104: f32 = select(l98, l103, v102);
  t104[i] = v104;
  let l106: f32 = t49[i / 1024i * 16i + i % 16i];
  let l105: f32 = p_layers_0_attn_cache_v[i];
  let v107: f32 = select(l105, l106, v102);
  t107[i] = v107;
}
