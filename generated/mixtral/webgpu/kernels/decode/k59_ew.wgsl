// kernel k59_ew (compiler/std/functional.loom:11:18)
@group(0) @binding(0) var<storage, read> t310: array<f32>;
@group(0) @binding(1) var<storage, read> t313: array<f32>;
@group(0) @binding(2) var<storage, read_write> t314: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k59_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 96i) {
    let l310: f32 = t310[i];
    let v311: f32 = 1.0f / (1.0f + exp(min(-l310, 88.0f)));
    let v312: f32 = l310 * v311;
    let l313: f32 = t313[i];
    let v314: f32 = v312 * l313;
    t314[i] = v314;
  }
}
