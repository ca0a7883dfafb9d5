// kernel k90b_ew
@group(0) @binding(0) var<storage, read> p_wte_w: array<f32>;
@group(0) @binding(1) var<storage, read> t714: array<f32>;
@group(0) @binding(2) var<storage, read> t699: array<f32>;
@group(0) @binding(3) var<storage, read> t711: array<f32>;
@group(0) @binding(4) var<storage, read> t688: array<f32>;
@group(0) @binding(5) var<storage, read_write> t722: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k90b_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l0: f32 = p_wte_w[i];
  let l716: f32 = t714[0i];
  let v717: f32 = l0 * l716;
  let x699: f32 = t699[i];
  let x711: f32 = t711[i];
  let v718: f32 = x699 / x711;
  let l720: f32 = t688[0i];
  let v721: f32 = v718 * l720;
  let v722: f32 = v717 - v721;
  t722[i] = v722;
}
