// kernel k5_ew (compiler/std/nn.loom:67:9)
@group(0) @binding(0) var<storage, read> in_pos: array<f32>;
@group(0) @binding(1) var<storage, read_write> t78: array<f32>;
@group(0) @binding(2) var<storage, read> t66: array<f32>;
@group(0) @binding(3) var<storage, read> p_blocks_0_attn_cache_k: array<f32>;
@group(0) @binding(4) var<storage, read_write> t80: array<f32>;
@group(0) @binding(5) var<storage, read> t71: array<f32>;
@group(0) @binding(6) var<storage, read> p_blocks_0_attn_cache_v: array<f32>;
@group(0) @binding(7) var<storage, read_write> t83: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k5_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l76: f32 = f32(i / 16i % 64i);
  let l77: f32 = in_pos[0i];
  let v78: bool = l76 == l77;
  t78[i] = f32(v78);
  let l79: f32 = t66[i / 1024i * 16i + i % 16i];
  let l74: f32 = p_blocks_0_attn_cache_k[i];
  let v80: f32 = select(l74, l79, v78);
  t80[i] = v80;
  let l82: f32 = t71[i / 1024i * 16i + i % 16i];
  let l81: f32 = p_blocks_0_attn_cache_v[i];
  let v83: f32 = select(l81, l82, v78);
  t83[i] = v83;
}
