// kernel k68_gather (compiler/std/moe.loom:25:7)
@group(0) @binding(0) var<storage, read> t323: array<f32>;
@group(0) @binding(1) var<storage, read> t300: array<f32>;
@group(0) @binding(2) var<storage, read_write> t337: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k68_gather(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 128i) {
    let l323: f32 = t323[i];
    let ix: i32 = i32(l323);
    let l336: f32 = t300[ix];
    t337[i] = l336;
  }
}
