// kernel k195g_reduce
@group(0) @binding(0) var<storage, read> t606: array<f32>;
@group(0) @binding(1) var<storage, read_write> t918: array<f32>;
@group(0) @binding(2) var<storage, read> t602: array<f32>;
@group(0) @binding(3) var<storage, read_write> t922: array<f32>;
@group(0) @binding(4) var<storage, read> t596: array<f32>;
@group(0) @binding(5) var<storage, read_write> t930: array<f32>;
@group(0) @binding(6) var<storage, read> t590: array<f32>;
@group(0) @binding(7) var<storage, read_write> t938: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k195g_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  if (lid == 0i) {
    let x606: f32 = t606[row];
    let v918: f32 = x606 * x606;
    t918[row] = v918;
    let x602: f32 = t602[row];
    let v922: f32 = x602 * x602;
    t922[row] = v922;
    let x596: f32 = t596[row];
    let v930: f32 = x596 * x596;
    t930[row] = v930;
    let x590: f32 = t590[row];
    let v938: f32 = x590 * x590;
    t938[row] = v938;
  }
}
