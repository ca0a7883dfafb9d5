// kernel k33_ew (compiler/std/functional.loom:11:18)
@group(0) @binding(0) var<storage, read> t205: array<f32>;
@group(0) @binding(1) var<storage, read> t208: array<f32>;
@group(0) @binding(2) var<storage, read_write> t209: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k33_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 64i) {
    let l205: f32 = t205[i];
    let v206: f32 = 1.0f / (1.0f + exp(min(-l205, 88.0f)));
    let v207: f32 = l205 * v206;
    let l208: f32 = t208[i];
    let v209: f32 = v207 * l208;
    t209[i] = v209;
  }
}
