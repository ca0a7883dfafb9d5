// kernel k31b_einsum (compiler/std/nn.loom:9:73)
@group(0) @binding(0) var<storage, read> t215: array<f32>;
@group(0) @binding(1) var<storage, read> t216: array<f32>;
@group(0) @binding(2) var<storage, read_write> t217: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k31b_einsum(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let x215: f32 = t215[i];
  let l216: f32 = t216[i];
  let v217: f32 = x215 * l216;
  t217[i] = v217;
}
