// kernel k155h_reduce
@group(0) @binding(0) var<storage, read> t461: array<f32>;
@group(0) @binding(1) var<storage, read_write> t740: array<f32>;
@group(0) @binding(2) var<storage, read> t455: array<f32>;
@group(0) @binding(3) var<storage, read_write> t748: array<f32>;
@group(0) @binding(4) var<storage, read> t449: array<f32>;
@group(0) @binding(5) var<storage, read_write> t756: array<f32>;
@group(0) @binding(6) var<storage, read> t416: array<f32>;
@group(0) @binding(7) var<storage, read_write> t768: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k155h_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  if (lid == 0i) {
    let x461: f32 = t461[row];
    let v740: f32 = x461 * x461;
    t740[row] = v740;
    let x455: f32 = t455[row];
    let v748: f32 = x455 * x455;
    t748[row] = v748;
    let x449: f32 = t449[row];
    let v756: f32 = x449 * x449;
    t756[row] = v756;
    let x416: f32 = t416[row];
    let v768: f32 = x416 * x416;
    t768[row] = v768;
  }
}
