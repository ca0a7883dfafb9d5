// kernel k66b_einsum (compiler/std/lowbit.loom:66:9)
@group(0) @binding(0) var<storage, read> t257: array<f32>;
@group(0) @binding(1) var<storage, read> t348: array<f32>;
@group(0) @binding(2) var<storage, read> t363: array<f32>;
@group(0) @binding(3) var<storage, read_write> t366: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k66b_einsum(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l257: f32 = t257[i];
  let x348: f32 = t348[i];
  let l363: f32 = t363[i];
  let v364: f32 = x348 + l363;
  let v366: f32 = l257 + v364;
  t366[i] = v366;
}
