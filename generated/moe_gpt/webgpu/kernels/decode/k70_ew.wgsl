// kernel k70_ew (compiler/std/functional.loom:11:18)
@group(0) @binding(0) var<storage, read> t360: array<f32>;
@group(0) @binding(1) var<storage, read> t363: array<f32>;
@group(0) @binding(2) var<storage, read_write> t364: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k70_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 64i) {
    let l360: f32 = t360[i];
    let v361: f32 = 1.0f / (1.0f + exp(min(-l360, 88.0f)));
    let v362: f32 = l360 * v361;
    let l363: f32 = t363[i];
    let v364: f32 = v362 * l363;
    t364[i] = v364;
  }
}
