// kernel k14_ew (dsl-examples/mla.loom:23:12)
@group(0) @binding(0) var<storage, read> in_pos: array<f32>;
@group(0) @binding(1) var<storage, read_write> t128: array<f32>;
@group(0) @binding(2) var<storage, read> t122: array<f32>;
@group(0) @binding(3) var<storage, read> p_layers_0_attn_cache_k_pe: array<f32>;
@group(0) @binding(4) var<storage, read_write> t130: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k14_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l126: f32 = f32(i / 8i);
  let l127: f32 = in_pos[0i];
  let v128: bool = l126 == l127;
  t128[i] = f32(v128);
  let l129: f32 = t122[i % 8i];
  let l124: f32 = p_layers_0_attn_cache_k_pe[i];
  let v130: f32 = select(l124, l129, v128);
  t130[i] = v130;
}
