// kernel k85b_ew
@group(0) @binding(0) var<storage, read> p_layers_0_norm_g: array<f32>;
@group(0) @binding(1) var<storage, read> t628: array<f32>;
@group(0) @binding(2) var<storage, read> t571: array<f32>;
@group(0) @binding(3) var<storage, read_write> t632: array<f32>;
@group(0) @binding(4) var<storage, read> t315: array<f32>;
@group(0) @binding(5) var<storage, read> t562: array<f32>;
@group(0) @binding(6) var<storage, read_write> t845: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k85b_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 64i) {
    let l1: f32 = p_layers_0_norm_g[i];
    let x628: f32 = t628[i];
    let l630: f32 = t571[0i];
    let v631: f32 = x628 * l630;
    let v632: f32 = l1 - v631;
    t632[i] = v632;
    let l316: f32 = t315[i];
    let l607: f32 = t562[0i];
    let v845: f32 = l316 * l607;
    t845[i] = v845;
  }
}
