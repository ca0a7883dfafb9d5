// kernel k112b_einsum
@group(0) @binding(0) var<storage, read> t588: array<f32>;
@group(0) @binding(1) var<storage, read> t584: array<f32>;
@group(0) @binding(2) var<storage, read> t150: array<f32>;
@group(0) @binding(3) var<storage, read> t154: array<f32>;
@group(0) @binding(4) var<storage, read> t153: array<f32>;
@group(0) @binding(5) var<storage, read> t152: array<f32>;
@group(0) @binding(6) var<storage, read_write> t595: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k112b_einsum(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let x588: f32 = t588[i];
  let x584: f32 = t584[i];
  let l150: f32 = t150[i];
  let v589: f32 = x584 * l150;
  let l154: f32 = t154[i];
  let v590: f32 = v589 * l154;
  let l153: f32 = t153[i];
  let v591: f32 = v590 / l153;
  let v592: f32 = -v591;
  let l152: f32 = t152[i];
  let v593: f32 = v592 * l152;
  let v594: f32 = -v593;
  let v595: f32 = x588 + v594;
  t595[i] = v595;
}
