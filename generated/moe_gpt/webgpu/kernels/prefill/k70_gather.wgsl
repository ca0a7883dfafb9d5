// kernel k70_gather (compiler/std/moe.loom:25:7)
@group(0) @binding(0) var<storage, read> t327: array<f32>;
@group(0) @binding(1) var<storage, read> t304: array<f32>;
@group(0) @binding(2) var<storage, read_write> t341: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k70_gather(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 128i) {
    let l327: f32 = t327[i];
    let ix: i32 = i32(l327);
    let l340: f32 = t304[ix];
    t341[i] = l340;
  }
}
