// kernel k111g_ew
@group(0) @binding(0) var<storage, read> p_layers_1_mlp_norm_g: array<f32>;
@group(0) @binding(1) var<storage, read> t923: array<f32>;
@group(0) @binding(2) var<storage, read> t593: array<f32>;
@group(0) @binding(3) var<storage, read_write> t925: array<f32>;
@group(0) @binding(4) var<storage, read> t240: array<f32>;
@group(0) @binding(5) var<storage, read> t584: array<f32>;
@group(0) @binding(6) var<storage, read_write> t977: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k111g_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 64i) {
    let l15: f32 = p_layers_1_mlp_norm_g[i];
    let x923: f32 = t923[i];
    let l652: f32 = t593[0i];
    let v924: f32 = x923 * l652;
    let v925: f32 = l15 - v924;
    t925[i] = v925;
    let l241: f32 = t240[i];
    let l629: f32 = t584[0i];
    let v977: f32 = l241 * l629;
    t977[i] = v977;
  }
}
