// kernel k49_gather (compiler/std/moe.loom:20:27)
@group(0) @binding(0) var<storage, read> t219: array<f32>;
@group(0) @binding(1) var<storage, read> t217: array<f32>;
@group(0) @binding(2) var<storage, read_write> t233: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k49_gather(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 128i) {
    let l219: f32 = t219[i];
    let ix: i32 = i32(l219);
    let l232: f32 = t217[ix];
    t233[i] = l232;
  }
}
