// kernel k53_gather (compiler/std/moe.loom:160:22)
@group(0) @binding(0) var<storage, read> t281: array<f32>;
@group(0) @binding(1) var<storage, read> t277: array<f32>;
@group(0) @binding(2) var<storage, read_write> t284: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k53_gather(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 32i) {
    let l283: f32 = t281[i];
    let ix: i32 = i32(l283);
    let l282: f32 = t277[ix];
    t284[i] = l282;
  }
}
