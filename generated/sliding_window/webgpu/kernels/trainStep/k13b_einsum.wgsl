// kernel k13b_einsum (compiler/std/nn.loom:9:73)
@group(0) @binding(0) var<storage, read> t115: array<f32>;
@group(0) @binding(1) var<storage, read> t116: array<f32>;
@group(0) @binding(2) var<storage, read_write> t117: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k13b_einsum(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let x115: f32 = t115[i];
  let l116: f32 = t116[i];
  let v117: f32 = x115 * l116;
  t117[i] = v117;
}
