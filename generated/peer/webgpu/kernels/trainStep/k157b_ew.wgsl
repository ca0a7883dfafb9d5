// kernel k157b_ew
@group(0) @binding(0) var<storage, read> p_wpe: array<f32>;
@group(0) @binding(1) var<storage, read> t843: array<f32>;
@group(0) @binding(2) var<storage, read> t860: array<f32>;
@group(0) @binding(3) var<storage, read> t871: array<f32>;
@group(0) @binding(4) var<storage, read> t817: array<f32>;
@group(0) @binding(5) var<storage, read_write> t877: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k157b_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l1: f32 = p_wpe[i];
  let l872: f32 = t843[0i];
  let v873: f32 = l1 * l872;
  let x860: f32 = t860[i];
  let x871: f32 = t871[i];
  let v874: f32 = x860 / x871;
  let l875: f32 = t817[0i];
  let v876: f32 = v874 * l875;
  let v877: f32 = v873 - v876;
  t877[i] = v877;
}
