// kernel k95b_ew
@group(0) @binding(0) var<storage, read> p_wpe: array<f32>;
@group(0) @binding(1) var<storage, read> t675: array<f32>;
@group(0) @binding(2) var<storage, read> t692: array<f32>;
@group(0) @binding(3) var<storage, read> t703: array<f32>;
@group(0) @binding(4) var<storage, read> t649: array<f32>;
@group(0) @binding(5) var<storage, read_write> t709: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k95b_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l1: f32 = p_wpe[i];
  let l704: f32 = t675[0i];
  let v705: f32 = l1 * l704;
  let x692: f32 = t692[i];
  let x703: f32 = t703[i];
  let v706: f32 = x692 / x703;
  let l707: f32 = t649[0i];
  let v708: f32 = v706 * l707;
  let v709: f32 = v705 - v708;
  t709[i] = v709;
}
