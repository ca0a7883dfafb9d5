// kernel k20b_einsum (compiler/std/nn.loom:9:58)
@group(0) @binding(0) var<storage, read> t155: array<f32>;
@group(0) @binding(1) var<storage, read> t156: array<f32>;
@group(0) @binding(2) var<storage, read_write> t158: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k20b_einsum(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let x155: f32 = t155[i];
  let l157: f32 = t156[i];
  let v158: f32 = x155 * l157;
  t158[i] = v158;
}
