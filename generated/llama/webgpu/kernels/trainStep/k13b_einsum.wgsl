// kernel k13b_einsum (compiler/std/nn.loom:9:73)
@group(0) @binding(0) var<storage, read> t113: array<f32>;
@group(0) @binding(1) var<storage, read> t114: array<f32>;
@group(0) @binding(2) var<storage, read_write> t115: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k13b_einsum(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let x113: f32 = t113[i];
  let l114: f32 = t114[i];
  let v115: f32 = x113 * l114;
  t115[i] = v115;
}
