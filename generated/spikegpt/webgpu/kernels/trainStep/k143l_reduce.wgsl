// kernel k143l_reduce
@group(0) @binding(0) var<storage, read> t721: array<f32>;
@group(0) @binding(1) var<storage, read> t724: array<f32>;
@group(0) @binding(2) var<storage, read_write> t802: array<f32>;
@group(0) @binding(3) var<storage, read> t732: array<f32>;
@group(0) @binding(4) var<storage, read> t735: array<f32>;
@group(0) @binding(5) var<storage, read_write> t803: array<f32>;
@group(0) @binding(6) var<storage, read> t737: array<f32>;
@group(0) @binding(7) var<storage, read_write> t843: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k143l_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  if (lid == 0i) {
    let x721: f32 = t721[row];
    let x724: f32 = t724[row];
    let v802: f32 = x721 + x724;
    t802[row] = v802;
    let x732: f32 = t732[row];
    let x735: f32 = t735[row];
    let v803: f32 = x732 + x735;
    t803[row] = v803;
    let x737: f32 = t737[row];
    let v843: f32 = x737 * x737;
    t843[row] = v843;
  }
}
