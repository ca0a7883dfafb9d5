// kernel k17_ew (compiler/std/nn.loom:67:9)
@group(0) @binding(0) var<storage, read> t78: array<f32>;
@group(0) @binding(1) var<storage, read> t160: array<f32>;
@group(0) @binding(2) var<storage, read> p_blocks_1_attn_cache_k: array<f32>;
@group(0) @binding(3) var<storage, read_write> t170: array<f32>;
@group(0) @binding(4) var<storage, read> t165: array<f32>;
@group(0) @binding(5) var<storage, read> p_blocks_1_attn_cache_v: array<f32>;
@group(0) @binding(6) var<storage, read_write> t173: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k17_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l78: bool = t78[i] != 0.0f;
  let l169: f32 = t160[i / 1024i * 16i + i % 16i];
  let l168: f32 = p_blocks_1_attn_cache_k[i];
  let v170: f32 = select(l168, l169, l78);
  t170[i] = v170;
  let l172: f32 = t165[i / 1024i * 16i + i % 16i];
  let l171: f32 = p_blocks_1_attn_cache_v[i];
  let v173: f32 = select(l171, l172, l78);
  t173[i] = v173;
}
