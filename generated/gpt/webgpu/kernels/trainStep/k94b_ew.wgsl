// kernel k94b_ew
@group(0) @binding(0) var<storage, read> p_wte_w: array<f32>;
@group(0) @binding(1) var<storage, read> t675: array<f32>;
@group(0) @binding(2) var<storage, read> t660: array<f32>;
@group(0) @binding(3) var<storage, read> t672: array<f32>;
@group(0) @binding(4) var<storage, read> t649: array<f32>;
@group(0) @binding(5) var<storage, read_write> t683: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k94b_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l0: f32 = p_wte_w[i];
  let l677: f32 = t675[0i];
  let v678: f32 = l0 * l677;
  let x660: f32 = t660[i];
  let x672: f32 = t672[i];
  let v679: f32 = x660 / x672;
  let l681: f32 = t649[0i];
  let v682: f32 = v679 * l681;
  let v683: f32 = v678 - v682;
  t683[i] = v683;
}
