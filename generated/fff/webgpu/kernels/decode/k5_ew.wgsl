// kernel k5_ew (compiler/std/nn.loom:67:9)
@group(0) @binding(0) var<storage, read> in_pos: array<f32>;
@group(0) @binding(1) var<storage, read_write> t74: array<f32>;
@group(0) @binding(2) var<storage, read> t62: array<f32>;
@group(0) @binding(3) var<storage, read> p_blocks_0_attn_cache_k: array<f32>;
@group(0) @binding(4) var<storage, read_write> t76: array<f32>;
@group(0) @binding(5) var<storage, read> t67: array<f32>;
@group(0) @binding(6) var<storage, read> p_blocks_0_attn_cache_v: array<f32>;
@group(0) @binding(7) var<storage, read_write> t79: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k5_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l72: f32 = f32(i / 16i % 64i);
  let l73: f32 = in_pos[0i];
  let v74: bool = l72 == l73;
  t74[i] = f32(v74);
  let l75: f32 = t62[i / 1024i * 16i + i % 16i];
  let l70: f32 = p_blocks_0_attn_cache_k[i];
  let v76: f32 = select(l70, l75, v74);
  t76[i] = v76;
  let l78: f32 = t67[i / 1024i * 16i + i % 16i];
  let l77: f32 = p_blocks_0_attn_cache_v[i];
  let v79: f32 = select(l77, l78, v74);
  t79[i] = v79;
}
