// kernel k117k_reduce
@group(0) @binding(0) var<storage, read> t543: array<f32>;
@group(0) @binding(1) var<storage, read> t546: array<f32>;
@group(0) @binding(2) var<storage, read_write> t706: array<f32>;
@group(0) @binding(3) var<storage, read> t590: array<f32>;
@group(0) @binding(4) var<storage, read> t593: array<f32>;
@group(0) @binding(5) var<storage, read_write> t707: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k117k_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  if (lid == 0i) {
    let x543: f32 = t543[row];
    let x546: f32 = t546[row];
    let v706: f32 = x543 + x546;
    t706[row] = v706;
    let x590: f32 = t590[row];
    let x593: f32 = t593[row];
    let v707: f32 = x590 + x593;
    t707[row] = v707;
  }
}
