// kernel k123b_ew
@group(0) @binding(0) var<storage, read> p_layers_0_norm1_g: array<f32>;
@group(0) @binding(1) var<storage, read> t718: array<f32>;
@group(0) @binding(2) var<storage, read> t661: array<f32>;
@group(0) @binding(3) var<storage, read_write> t722: array<f32>;
@group(0) @binding(4) var<storage, read> t438: array<f32>;
@group(0) @binding(5) var<storage, read> t652: array<f32>;
@group(0) @binding(6) var<storage, read_write> t800: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k123b_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 64i) {
    let l1: f32 = p_layers_0_norm1_g[i];
    let x718: f32 = t718[i];
    let l720: f32 = t661[0i];
    let v721: f32 = x718 * l720;
    let v722: f32 = l1 - v721;
    t722[i] = v722;
    let l439: f32 = t438[i];
    let l697: f32 = t652[0i];
    let v800: f32 = l439 * l697;
    t800[i] = v800;
  }
}
