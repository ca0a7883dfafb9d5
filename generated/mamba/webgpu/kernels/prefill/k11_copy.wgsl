// kernel k11_copy (compiler/std/ssm.loom:25:10)
@group(0) @binding(0) var<storage, read> t92: array<f32>;
@group(0) @binding(1) var<storage, read_write> t96: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k11_copy(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l96: f32 = t92[8192i + i];
  t96[i] = l96;
}
