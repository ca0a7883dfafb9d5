// kernel k34_ew (compiler/std/nn.loom:67:9)
@group(0) @binding(0) var<storage, read> t80: array<f32>;
@group(0) @binding(1) var<storage, read> t206: array<f32>;
@group(0) @binding(2) var<storage, read> p_blocks_1_attn_cache_k: array<f32>;
@group(0) @binding(3) var<storage, read_write> t216: array<f32>;
@group(0) @binding(4) var<storage, read> t211: array<f32>;
@group(0) @binding(5) var<storage, read> p_blocks_1_attn_cache_v: array<f32>;
@group(0) @binding(6) var<storage, read_write> t219: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k34_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l80: bool = t80[i] != 0.0f;
  let l215: f32 = t206[i / 1024i * 16i + i % 16i];
  let l214: f32 = p_blocks_1_attn_cache_k[i];
  let v216: f32 = select(l214, l215, l80);
  t216[i] = v216;
  let l218: f32 = t211[i / 1024i * 16i + i % 16i];
  let l217: f32 = p_blocks_1_attn_cache_v[i];
  let v219: f32 = select(l217, l218, l80);
  t219[i] = v219;
}
