// kernel k39_ew (compiler/std/functional.loom:78:24)
@group(0) @binding(0) var<storage, read> t204: array<f32>;
@group(0) @binding(1) var<storage, read> t56: array<f32>;
@group(0) @binding(2) var<storage, read> t57: array<f32>;
@group(0) @binding(3) var<storage, read_write> t231: array<f32>;
@group(0) @binding(4) var<storage, read_write> t235: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k39_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 16i) {
    let l226: f32 = t204[i * 2i];
    let l81: f32 = t56[i % 8i];
    let v229: f32 = l226 * l81;
    let l228: f32 = t204[1i + i * 2i];
    let l83: f32 = t57[i % 8i];
    let v230: f32 = l228 * l83;
    let v231: f32 = v229 - v230;
    t231[i] = v231;
    let v233: f32 = l226 * l83;
    let v234: f32 = l228 * l81;
    let v235: f32 = v233 + v234;
    t235[i] = v235;
  }
}
