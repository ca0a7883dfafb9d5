// kernel k24b_einsum (compiler/std/nn.loom:9:73)
@group(0) @binding(0) var<storage, read> t177: array<f32>;
@group(0) @binding(1) var<storage, read> t178: array<f32>;
@group(0) @binding(2) var<storage, read_write> t179: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k24b_einsum(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let x177: f32 = t177[i];
  let l178: f32 = t178[i];
  let v179: f32 = x177 * l178;
  t179[i] = v179;
}
