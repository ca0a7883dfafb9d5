// kernel k123b_reduce
@group(0) @binding(0) var<storage, read> t773: array<f32>;
@group(0) @binding(1) var<storage, read_write> t827: array<f32>;
@group(0) @binding(2) var<storage, read> t769: array<f32>;
@group(0) @binding(3) var<storage, read_write> t831: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k123b_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  if (lid == 0i) {
    let x773: f32 = t773[row];
    let v827: f32 = x773 * x773;
    t827[row] = v827;
    let x769: f32 = t769[row];
    let v831: f32 = x769 * x769;
    t831[row] = v831;
  }
}
