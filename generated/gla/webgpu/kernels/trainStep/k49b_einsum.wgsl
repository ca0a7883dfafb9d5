// kernel k49b_einsum (compiler/std/nn.loom:9:73)
@group(0) @binding(0) var<storage, read> t292: array<f32>;
@group(0) @binding(1) var<storage, read> t293: array<f32>;
@group(0) @binding(2) var<storage, read_write> t294: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k49b_einsum(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let x292: f32 = t292[i];
  let l293: f32 = t293[i];
  let v294: f32 = x292 * l293;
  t294[i] = v294;
}
