// kernel k26_ew (compiler/std/functional.loom:78:24)
@group(0) @binding(0) var<storage, read> t130: array<f32>;
@group(0) @binding(1) var<storage, read> t150: array<f32>;
@group(0) @binding(2) var<storage, read> t151: array<f32>;
@group(0) @binding(3) var<storage, read_write> t163: array<f32>;
@group(0) @binding(4) var<storage, read_write> t167: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k26_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 32i) {
    let l154: f32 = t130[i * 2i];
    let l158: f32 = t150[i % 8i];
    let v159: f32 = l154 * l158;
    let l156: f32 = t130[1i + i * 2i];
    let l161: f32 = t151[i % 8i];
    let v162: f32 = l156 * l161;
    let v163: f32 = v159 - v162;
    t163[i] = v163;
    let v165: f32 = l154 * l161;
    let v166: f32 = l156 * l158;
    let v167: f32 = v165 + v166;
    t167[i] = v167;
  }
}
