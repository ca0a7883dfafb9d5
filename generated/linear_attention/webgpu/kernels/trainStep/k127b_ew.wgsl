// kernel k127b_ew
@group(0) @binding(0) var<storage, read> p_wpe: array<f32>;
@group(0) @binding(1) var<storage, read> t771: array<f32>;
@group(0) @binding(2) var<storage, read> t788: array<f32>;
@group(0) @binding(3) var<storage, read> t799: array<f32>;
@group(0) @binding(4) var<storage, read> t745: array<f32>;
@group(0) @binding(5) var<storage, read_write> t805: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k127b_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l1: f32 = p_wpe[i];
  let l800: f32 = t771[0i];
  let v801: f32 = l1 * l800;
  let x788: f32 = t788[i];
  let x799: f32 = t799[i];
  let v802: f32 = x788 / x799;
  let l803: f32 = t745[0i];
  let v804: f32 = v802 * l803;
  let v805: f32 = v801 - v804;
  t805[i] = v805;
}
