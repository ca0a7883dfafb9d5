// kernel k126d_ew
@group(0) @binding(0) var<storage, read> p_layers_1_attn_norm_g_1: array<f32>;
@group(0) @binding(1) var<storage, read> t1188: array<f32>;
@group(0) @binding(2) var<storage, read_write> t1189: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k126d_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 16i) {
    let l25: f32 = p_layers_1_attn_norm_g_1[i];
    let x1188: f32 = t1188[i];
    let v1189: f32 = l25 - x1188;
    t1189[i] = v1189;
  }
}
