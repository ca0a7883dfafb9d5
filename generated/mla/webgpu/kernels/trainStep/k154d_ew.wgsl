// kernel k154d_ew
@group(0) @binding(0) var<storage, read> p_layers_1_attn_kv_norm_g: array<f32>;
@group(0) @binding(1) var<storage, read> t1187: array<f32>;
@group(0) @binding(2) var<storage, read_write> t1188: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k154d_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 16i) {
    let l18: f32 = p_layers_1_attn_kv_norm_g[i];
    let x1187: f32 = t1187[i];
    let v1188: f32 = l18 - x1187;
    t1188[i] = v1188;
  }
}
