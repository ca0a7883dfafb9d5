// kernel k52_ew (compiler/std/moe.loom:160:22)
@group(0) @binding(0) var<storage, read> t279: array<f32>;
@group(0) @binding(1) var<storage, read_write> t281: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k52_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 32i) {
    let l280: f32 = t279[i];
    let g: f32 = f32(i / 8i);
    let l156: f32 = g * 64.0f;
    let v281: f32 = l280 + l156;
    t281[i] = v281;
  }
}
