// kernel k26_ew (compiler/std/functional.loom:78:24)
@group(0) @binding(0) var<storage, read> t151: array<f32>;
@group(0) @binding(1) var<storage, read> t54: array<f32>;
@group(0) @binding(2) var<storage, read> t55: array<f32>;
@group(0) @binding(3) var<storage, read_write> t178: array<f32>;
@group(0) @binding(4) var<storage, read_write> t182: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k26_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 16i) {
    let l173: f32 = t151[i * 2i];
    let l79: f32 = t54[i % 8i];
    let v176: f32 = l173 * l79;
    let l175: f32 = t151[1i + i * 2i];
    let l81: f32 = t55[i % 8i];
    let v177: f32 = l175 * l81;
    let v178: f32 = v176 - v177;
    t178[i] = v178;
    let v180: f32 = l173 * l81;
    let v181: f32 = l175 * l79;
    let v182: f32 = v180 + v181;
    t182[i] = v182;
  }
}
