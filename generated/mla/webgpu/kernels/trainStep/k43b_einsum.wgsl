// kernel k43b_einsum (compiler/std/nn.loom:9:73)
@group(0) @binding(0) var<storage, read> t254: array<f32>;
@group(0) @binding(1) var<storage, read> t255: array<f32>;
@group(0) @binding(2) var<storage, read_write> t256: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k43b_einsum(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let x254: f32 = t254[i];
  let l255: f32 = t255[i];
  let v256: f32 = x254 * l255;
  t256[i] = v256;
}
