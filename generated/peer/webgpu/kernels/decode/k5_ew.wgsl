// kernel k5_ew (compiler/std/nn.loom:67:9)
@group(0) @binding(0) var<storage, read> in_pos: array<f32>;
@group(0) @binding(1) var<storage, read_write> t80: array<f32>;
@group(0) @binding(2) var<storage, read> t68: array<f32>;
@group(0) @binding(3) var<storage, read> p_blocks_0_attn_cache_k: array<f32>;
@group(0) @binding(4) var<storage, read_write> t82: array<f32>;
@group(0) @binding(5) var<storage, read> t73: array<f32>;
@group(0) @binding(6) var<storage, read> p_blocks_0_attn_cache_v: array<f32>;
@group(0) @binding(7) var<storage, read_write> t85: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k5_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l78: f32 = f32(i / 16i % 64i);
  let l79: f32 = in_pos[0i];
  let v80: bool = l78 == l79;
  t80[i] = f32(v80);
  let l81: f32 = t68[i / 1024i * 16i + i % 16i];
  let l76: f32 = p_blocks_0_attn_cache_k[i];
  let v82: f32 = select(l76, l81, v80);
  t82[i] = v82;
  let l84: f32 = t73[i / 1024i * 16i + i % 16i];
  let l83: f32 = p_blocks_0_attn_cache_v[i];
  let v85: f32 = select(l83, l84, v80);
  t85[i] = v85;
}
