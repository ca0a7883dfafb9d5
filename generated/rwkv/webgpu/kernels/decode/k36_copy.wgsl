// kernel k36_copy (compiler/std/ssm.loom:20:32)
@group(0) @binding(0) var<storage, read> t234: array<f32>;
@group(0) @binding(1) var<storage, read_write> t235: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k36_copy(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 64i) {
    let l235: f32 = t234[64i + i];
    t235[i] = l235;
  }
}
