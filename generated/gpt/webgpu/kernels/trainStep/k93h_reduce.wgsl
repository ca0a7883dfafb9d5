// kernel k93h_reduce
@group(0) @binding(0) var<storage, read> t328: array<f32>;
@group(0) @binding(1) var<storage, read_write> t592: array<f32>;
@group(0) @binding(2) var<storage, read> t294: array<f32>;
@group(0) @binding(3) var<storage, read_write> t604: array<f32>;
@group(0) @binding(4) var<storage, read> t290: array<f32>;
@group(0) @binding(5) var<storage, read_write> t608: array<f32>;
@group(0) @binding(6) var<storage, read> t251: array<f32>;
@group(0) @binding(7) var<storage, read_write> t628: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k93h_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  if (lid == 0i) {
    let x328: f32 = t328[row];
    let v592: f32 = x328 * x328;
    t592[row] = v592;
    let x294: f32 = t294[row];
    let v604: f32 = x294 * x294;
    t604[row] = v604;
    let x290: f32 = t290[row];
    let v608: f32 = x290 * x290;
    t608[row] = v608;
    let x251: f32 = t251[row];
    let v628: f32 = x251 * x251;
    t628[row] = v628;
  }
}
