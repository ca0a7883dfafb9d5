// kernel k97b_reduce
@group(0) @binding(0) var<storage, read> t680: array<f32>;
@group(0) @binding(1) var<storage, read_write> t733: array<f32>;
@group(0) @binding(2) var<storage, read> t676: array<f32>;
@group(0) @binding(3) var<storage, read_write> t737: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k97b_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  if (lid == 0i) {
    let x680: f32 = t680[row];
    let v733: f32 = x680 * x680;
    t733[row] = v733;
    let x676: f32 = t676[row];
    let v737: f32 = x676 * x676;
    t737[row] = v737;
  }
}
