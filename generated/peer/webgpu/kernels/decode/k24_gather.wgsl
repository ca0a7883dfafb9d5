// kernel k24_gather (compiler/std/moe.loom:160:22)
@group(0) @binding(0) var<storage, read> t157: array<f32>;
@group(0) @binding(1) var<storage, read> t150: array<f32>;
@group(0) @binding(2) var<storage, read_write> t160: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k24_gather(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 32i) {
    let l159: f32 = t157[i];
    let ix: i32 = i32(l159);
    let l158: f32 = t150[ix];
    t160[i] = l158;
  }
}
