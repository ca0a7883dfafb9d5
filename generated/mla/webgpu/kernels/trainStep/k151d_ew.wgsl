// kernel k151d_ew
@group(0) @binding(0) var<storage, read> p_layers_1_attn_q_norm_g: array<f32>;
@group(0) @binding(1) var<storage, read> t1137: array<f32>;
@group(0) @binding(2) var<storage, read_write> t1138: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k151d_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 32i) {
    let l15: f32 = p_layers_1_attn_q_norm_g[i];
    let x1137: f32 = t1137[i];
    let v1138: f32 = l15 - x1137;
    t1138[i] = v1138;
  }
}
