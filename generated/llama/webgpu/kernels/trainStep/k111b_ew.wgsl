// kernel k111b_ew
@group(0) @binding(0) var<storage, read> p_layers_0_attn_norm_g: array<f32>;
@group(0) @binding(1) var<storage, read> t638: array<f32>;
@group(0) @binding(2) var<storage, read> t581: array<f32>;
@group(0) @binding(3) var<storage, read_write> t642: array<f32>;
@group(0) @binding(4) var<storage, read> t372: array<f32>;
@group(0) @binding(5) var<storage, read> t572: array<f32>;
@group(0) @binding(6) var<storage, read_write> t720: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k111b_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 64i) {
    let l1: f32 = p_layers_0_attn_norm_g[i];
    let x638: f32 = t638[i];
    let l640: f32 = t581[0i];
    let v641: f32 = x638 * l640;
    let v642: f32 = l1 - v641;
    t642[i] = v642;
    let l373: f32 = t372[i];
    let l617: f32 = t572[0i];
    let v720: f32 = l373 * l617;
    t720[i] = v720;
  }
}
