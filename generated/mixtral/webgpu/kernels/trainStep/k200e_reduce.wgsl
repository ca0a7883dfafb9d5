// kernel k200e_reduce
@group(0) @binding(0) var<storage, read> t507: array<f32>;
@group(0) @binding(1) var<storage, read> t608: array<f32>;
@group(0) @binding(2) var<storage, read_write> t866: array<f32>;
@group(0) @binding(3) var<storage, read> t667: array<f32>;
@group(0) @binding(4) var<storage, read> t772: array<f32>;
@group(0) @binding(5) var<storage, read_write> t868: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k200e_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  if (lid == 0i) {
    let x507: f32 = t507[row];
    let x608: f32 = t608[row];
    let v866: f32 = x507 + x608;
    t866[row] = v866;
    let x667: f32 = t667[row];
    let x772: f32 = t772[row];
    let v868: f32 = x667 + x772;
    t868[row] = v868;
  }
}
