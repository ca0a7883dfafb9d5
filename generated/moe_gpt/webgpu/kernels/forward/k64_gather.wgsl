// kernel k64_gather (compiler/std/moe.loom:20:27)
@group(0) @binding(0) var<storage, read> t278: array<f32>;
@group(0) @binding(1) var<storage, read> t276: array<f32>;
@group(0) @binding(2) var<storage, read_write> t292: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k64_gather(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 128i) {
    let l278: f32 = t278[i];
    let ix: i32 = i32(l278);
    let l291: f32 = t276[ix];
    t292[i] = l291;
  }
}
