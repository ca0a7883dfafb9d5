// kernel k125e_reduce
@group(0) @binding(0) var<storage, read> t337: array<f32>;
@group(0) @binding(1) var<storage, read_write> t704: array<f32>;
@group(0) @binding(2) var<storage, read> t298: array<f32>;
@group(0) @binding(3) var<storage, read_write> t724: array<f32>;
@group(0) @binding(4) var<storage, read> t294: array<f32>;
@group(0) @binding(5) var<storage, read_write> t728: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k125e_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  if (lid == 0i) {
    let x337: f32 = t337[row];
    let v704: f32 = x337 * x337;
    t704[row] = v704;
    let x298: f32 = t298[row];
    let v724: f32 = x298 * x298;
    t724[row] = v724;
    let x294: f32 = t294[row];
    let v728: f32 = x294 * x294;
    t728[row] = v728;
  }
}
