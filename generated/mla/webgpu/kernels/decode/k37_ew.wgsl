// kernel k37_ew (dsl-examples/mla.loom:23:12)
@group(0) @binding(0) var<storage, read> t128: array<f32>;
@group(0) @binding(1) var<storage, read> t245: array<f32>;
@group(0) @binding(2) var<storage, read> p_layers_1_attn_cache_k_pe: array<f32>;
@group(0) @binding(3) var<storage, read_write> t249: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k37_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l128: bool = t128[i] != 0.0f;
  let l248: f32 = t245[i % 8i];
  let l247: f32 = p_layers_1_attn_cache_k_pe[i];
  let v249: f32 = select(l247, l248, l128);
  t249[i] = v249;
}
