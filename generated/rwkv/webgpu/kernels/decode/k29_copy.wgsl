// kernel k29_copy (compiler/std/ssm.loom:65:10)
@group(0) @binding(0) var<storage, read> t197: array<f32>;
@group(0) @binding(1) var<storage, read_write> t201: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k29_copy(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 64i) {
    let l201: f32 = t197[64i + i];
    t201[i] = l201;
  }
}
