// kernel k15b_einsum (compiler/std/nn.loom:9:73)
@group(0) @binding(0) var<storage, read> t132: array<f32>;
@group(0) @binding(1) var<storage, read> t133: array<f32>;
@group(0) @binding(2) var<storage, read_write> t134: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k15b_einsum(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let x132: f32 = t132[i];
  let l133: f32 = t133[i];
  let v134: f32 = x132 * l133;
  t134[i] = v134;
}
