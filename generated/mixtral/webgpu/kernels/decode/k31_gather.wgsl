// kernel k31_gather (compiler/std/moe.loom:25:7)
@group(0) @binding(0) var<storage, read> t170: array<f32>;
@group(0) @binding(1) var<storage, read> t144: array<f32>;
@group(0) @binding(2) var<storage, read_write> t185: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k31_gather(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 2i) {
    let l170: f32 = t170[i];
    let ix: i32 = i32(l170);
    let l184: f32 = t144[ix];
    t185[i] = l184;
  }
}
