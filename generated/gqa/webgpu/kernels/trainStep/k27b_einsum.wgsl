// kernel k27b_einsum (compiler/std/nn.loom:9:73)
@group(0) @binding(0) var<storage, read> t188: array<f32>;
@group(0) @binding(1) var<storage, read> t189: array<f32>;
@group(0) @binding(2) var<storage, read_write> t190: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k27b_einsum(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let x188: f32 = t188[i];
  let l189: f32 = t189[i];
  let v190: f32 = x188 * l189;
  t190[i] = v190;
}
