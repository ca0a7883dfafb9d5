// kernel k197b_ew
@group(0) @binding(0) var<storage, read> p_wpe: array<f32>;
@group(0) @binding(1) var<storage, read> t1021: array<f32>;
@group(0) @binding(2) var<storage, read> t1038: array<f32>;
@group(0) @binding(3) var<storage, read> t1049: array<f32>;
@group(0) @binding(4) var<storage, read> t995: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1055: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k197b_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l1: f32 = p_wpe[i];
  let l1050: f32 = t1021[0i];
  let v1051: f32 = l1 * l1050;
  let x1038: f32 = t1038[i];
  let x1049: f32 = t1049[i];
  let v1052: f32 = x1038 / x1049;
  let l1053: f32 = t995[0i];
  let v1054: f32 = v1052 * l1053;
  let v1055: f32 = v1051 - v1054;
  t1055[i] = v1055;
}
