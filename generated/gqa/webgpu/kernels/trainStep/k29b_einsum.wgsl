// kernel k29b_einsum (compiler/std/nn.loom:9:73)
@group(0) @binding(0) var<storage, read> t190: array<f32>;
@group(0) @binding(1) var<storage, read> t191: array<f32>;
@group(0) @binding(2) var<storage, read_write> t192: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k29b_einsum(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let x190: f32 = t190[i];
  let l191: f32 = t191[i];
  let v192: f32 = x190 * l191;
  t192[i] = v192;
}
