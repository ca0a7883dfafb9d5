// kernel k8_ew (dsl-examples/binary_gpt.loom:20:9)
@group(0) @binding(0) var<storage, read> in_pos: array<f32>;
@group(0) @binding(1) var<storage, read_write> t84: array<f32>;
@group(0) @binding(2) var<storage, read> t77: array<f32>;
@group(0) @binding(3) var<storage, read> p_blocks_0_attn_cache_k: array<f32>;
@group(0) @binding(4) var<storage, read_write> t86: array<f32>;
@group(0) @binding(5) var<storage, read> t94: array<f32>;
@group(0) @binding(6) var<storage, read> p_blocks_0_attn_cache_v: array<f32>;
@group(0) @binding(7) var<storage, read_write> t99: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k8_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l82: f32 = f32(i / 16i % 64i);
  let l83: f32 = in_pos[0i];
  let v84: bool = l82 == l83;
  t84[i] = f32(v84);
  let l85: f32 = t77[i / 1024i * 16i + i % 16i];
  let l80: f32 = p_blocks_0_attn_cache_k[i];
  let v86: f32 = select(l80, l85, v84);
  t86[i] = v86;
  let l98: f32 = t94[i / 1024i * 16i + i % 16i];
  let l97: f32 = p_blocks_0_attn_cache_v[i];
  let v99: f32 = select(l97, l98, v84);
  t99[i] = v99;
}
