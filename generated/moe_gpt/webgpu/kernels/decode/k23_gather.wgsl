// kernel k23_gather (compiler/std/moe.loom:78:9)
@group(0) @binding(0) var<storage, read> t165: array<f32>;
@group(0) @binding(1) var<storage, read> t142: array<f32>;
@group(0) @binding(2) var<storage, read_write> t168: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k23_gather(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 2i) {
    let l167: f32 = t165[i];
    let ix: i32 = i32(l167);
    let l166: f32 = t142[ix];
    t168[i] = l166;
  }
}
