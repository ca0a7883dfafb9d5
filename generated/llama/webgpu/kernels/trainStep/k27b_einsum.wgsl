// kernel k27b_einsum (compiler/std/nn.loom:9:73)
@group(0) @binding(0) var<storage, read> t186: array<f32>;
@group(0) @binding(1) var<storage, read> t187: array<f32>;
@group(0) @binding(2) var<storage, read_write> t188: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k27b_einsum(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let x186: f32 = t186[i];
  let l187: f32 = t187[i];
  let v188: f32 = x186 * l187;
  t188[i] = v188;
}
