// kernel k93b_ew
@group(0) @binding(0) var<storage, read> p_wpe: array<f32>;
@group(0) @binding(1) var<storage, read> t671: array<f32>;
@group(0) @binding(2) var<storage, read> t688: array<f32>;
@group(0) @binding(3) var<storage, read> t699: array<f32>;
@group(0) @binding(4) var<storage, read> t645: array<f32>;
@group(0) @binding(5) var<storage, read_write> t705: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k93b_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l1: f32 = p_wpe[i];
  let l700: f32 = t671[0i];
  let v701: f32 = l1 * l700;
  let x688: f32 = t688[i];
  let x699: f32 = t699[i];
  let v702: f32 = x688 / x699;
  let l703: f32 = t645[0i];
  let v704: f32 = v702 * l703;
  let v705: f32 = v701 - v704;
  t705[i] = v705;
}
