// kernel k113g_ew
@group(0) @binding(0) var<storage, read> p_layers_1_mlp_norm_g: array<f32>;
@group(0) @binding(1) var<storage, read> t916: array<f32>;
@group(0) @binding(2) var<storage, read> t595: array<f32>;
@group(0) @binding(3) var<storage, read_write> t918: array<f32>;
@group(0) @binding(4) var<storage, read> t240: array<f32>;
@group(0) @binding(5) var<storage, read> t586: array<f32>;
@group(0) @binding(6) var<storage, read_write> t970: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k113g_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 64i) {
    let l15: f32 = p_layers_1_mlp_norm_g[i];
    let x916: f32 = t916[i];
    let l654: f32 = t595[0i];
    let v917: f32 = x916 * l654;
    let v918: f32 = l15 - v917;
    t918[i] = v918;
    let l241: f32 = t240[i];
    let l631: f32 = t586[0i];
    let v970: f32 = l241 * l631;
    t970[i] = v970;
  }
}
