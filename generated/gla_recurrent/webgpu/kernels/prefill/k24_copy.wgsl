// kernel k24_copy (compiler/std/ssm.loom:116:10)
@group(0) @binding(0) var<storage, read> t148: array<f32>;
@group(0) @binding(1) var<storage, read_write> t152: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k24_copy(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l152: f32 = t148[4096i + i];
  t152[i] = l152;
}
