// kernel k21b_einsum (compiler/std/nn.loom:9:73)
@group(0) @binding(0) var<storage, read> t152: array<f32>;
@group(0) @binding(1) var<storage, read> t153: array<f32>;
@group(0) @binding(2) var<storage, read_write> t154: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k21b_einsum(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let x152: f32 = t152[i];
  let l153: f32 = t153[i];
  let v154: f32 = x152 * l153;
  t154[i] = v154;
}
