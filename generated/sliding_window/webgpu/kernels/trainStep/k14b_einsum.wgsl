// kernel k14b_einsum (compiler/std/nn.loom:9:73)
@group(0) @binding(0) var<storage, read> t116: array<f32>;
@group(0) @binding(1) var<storage, read> t117: array<f32>;
@group(0) @binding(2) var<storage, read_write> t118: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k14b_einsum(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let x116: f32 = t116[i];
  let l117: f32 = t117[i];
  let v118: f32 = x116 * l117;
  t118[i] = v118;
}
