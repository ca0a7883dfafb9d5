// kernel k117j_reduce
@group(0) @binding(0) var<storage, read> t473: array<f32>;
@group(0) @binding(1) var<storage, read> t476: array<f32>;
@group(0) @binding(2) var<storage, read_write> t704: array<f32>;
@group(0) @binding(3) var<storage, read> t524: array<f32>;
@group(0) @binding(4) var<storage, read> t527: array<f32>;
@group(0) @binding(5) var<storage, read_write> t705: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k117j_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  if (lid == 0i) {
    let x473: f32 = t473[row];
    let x476: f32 = t476[row];
    let v704: f32 = x473 + x476;
    t704[row] = v704;
    let x524: f32 = t524[row];
    let x527: f32 = t527[row];
    let v705: f32 = x524 + x527;
    t705[row] = v705;
  }
}
