// kernel k122b_ew
@group(0) @binding(0) var<storage, read> p_layers_1_attn_norm_g: array<f32>;
@group(0) @binding(1) var<storage, read> t832: array<f32>;
@group(0) @binding(2) var<storage, read> t595: array<f32>;
@group(0) @binding(3) var<storage, read_write> t834: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k122b_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 64i) {
    let l10: f32 = p_layers_1_attn_norm_g[i];
    let x832: f32 = t832[i];
    let l654: f32 = t595[0i];
    let v833: f32 = x832 * l654;
    let v834: f32 = l10 - v833;
    t834[i] = v834;
  }
}
