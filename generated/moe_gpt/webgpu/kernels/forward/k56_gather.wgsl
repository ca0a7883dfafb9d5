// kernel k56_gather (compiler/std/moe.loom:78:9)
@group(0) @binding(0) var<storage, read> t293: array<f32>;
@group(0) @binding(1) var<storage, read> t273: array<f32>;
@group(0) @binding(2) var<storage, read_write> t296: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k56_gather(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 128i) {
    let l295: f32 = t293[i];
    let ix: i32 = i32(l295);
    let l294: f32 = t273[ix];
    t296[i] = l294;
  }
}
