// kernel k14b_einsum (compiler/std/nn.loom:9:73)
@group(0) @binding(0) var<storage, read> t114: array<f32>;
@group(0) @binding(1) var<storage, read> t115: array<f32>;
@group(0) @binding(2) var<storage, read_write> t116: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k14b_einsum(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let x114: f32 = t114[i];
  let l115: f32 = t115[i];
  let v116: f32 = x114 * l115;
  t116[i] = v116;
}
