// kernel k91h_reduce
@group(0) @binding(0) var<storage, read> t325: array<f32>;
@group(0) @binding(1) var<storage, read_write> t588: array<f32>;
@group(0) @binding(2) var<storage, read> t292: array<f32>;
@group(0) @binding(3) var<storage, read_write> t600: array<f32>;
@group(0) @binding(4) var<storage, read> t288: array<f32>;
@group(0) @binding(5) var<storage, read_write> t604: array<f32>;
@group(0) @binding(6) var<storage, read> t249: array<f32>;
@group(0) @binding(7) var<storage, read_write> t624: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k91h_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  if (lid == 0i) {
    let x325: f32 = t325[row];
    let v588: f32 = x325 * x325;
    t588[row] = v588;
    let x292: f32 = t292[row];
    let v600: f32 = x292 * x292;
    t600[row] = v600;
    let x288: f32 = t288[row];
    let v604: f32 = x288 * x288;
    t604[row] = v604;
    let x249: f32 = t249[row];
    let v624: f32 = x249 * x249;
    t624[row] = v624;
  }
}
