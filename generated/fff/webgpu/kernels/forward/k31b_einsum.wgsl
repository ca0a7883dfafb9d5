// kernel k31b_einsum (compiler/std/lowbit.loom:66:9)
@group(0) @binding(0) var<storage, read> t79: array<f32>;
@group(0) @binding(1) var<storage, read> t193: array<f32>;
@group(0) @binding(2) var<storage, read> t208: array<f32>;
@group(0) @binding(3) var<storage, read_write> t211: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k31b_einsum(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l79: f32 = t79[i];
  let x193: f32 = t193[i];
  let l208: f32 = t208[i];
  let v209: f32 = x193 + l208;
  let v211: f32 = l79 + v209;
  t211[i] = v211;
}
