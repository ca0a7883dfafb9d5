// kernel k26b_ew
@group(0) @binding(0) var<storage, read> p_head_w: array<f32>;
@group(0) @binding(1) var<storage, read> t820: array<f32>;
@group(0) @binding(2) var<storage, read> t932: array<f32>;
@group(0) @binding(3) var<storage, read> t943: array<f32>;
@group(0) @binding(4) var<storage, read> t794: array<f32>;
@group(0) @binding(5) var<storage, read_write> t949: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k26b_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l5: f32 = p_head_w[i];
  let l944: f32 = t820[0i];
  let v945: f32 = l5 * l944;
  let x932: f32 = t932[i];
  let x943: f32 = t943[i];
  let v946: f32 = x932 / x943;
  let l947: f32 = t794[0i];
  let v948: f32 = v946 * l947;
  let v949: f32 = v945 - v948;
  t949[i] = v949;
}
