// kernel k39_ew (compiler/std/nn.loom:67:9)
@group(0) @binding(0) var<storage, read> t74: array<f32>;
@group(0) @binding(1) var<storage, read> t249: array<f32>;
@group(0) @binding(2) var<storage, read> p_blocks_1_attn_cache_k: array<f32>;
@group(0) @binding(3) var<storage, read_write> t259: array<f32>;
@group(0) @binding(4) var<storage, read> t254: array<f32>;
@group(0) @binding(5) var<storage, read> p_blocks_1_attn_cache_v: array<f32>;
@group(0) @binding(6) var<storage, read_write> t262: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k39_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l74: bool = t74[i] != 0.0f;
  let l258: f32 = t249[i / 1024i * 16i + i % 16i];
  let l257: f32 = p_blocks_1_attn_cache_k[i];
  let v259: f32 = select(l257, l258, l74);
  t259[i] = v259;
  let l261: f32 = t254[i / 1024i * 16i + i % 16i];
  let l260: f32 = p_blocks_1_attn_cache_v[i];
  let v262: f32 = select(l260, l261, l74);
  t262[i] = v262;
}
