// kernel k143j_reduce
@group(0) @binding(0) var<storage, read> t538: array<f32>;
@group(0) @binding(1) var<storage, read> t541: array<f32>;
@group(0) @binding(2) var<storage, read_write> t798: array<f32>;
@group(0) @binding(3) var<storage, read> t603: array<f32>;
@group(0) @binding(4) var<storage, read> t606: array<f32>;
@group(0) @binding(5) var<storage, read_write> t799: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k143j_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  if (lid == 0i) {
    let x538: f32 = t538[row];
    let x541: f32 = t541[row];
    let v798: f32 = x538 + x541;
    t798[row] = v798;
    let x603: f32 = t603[row];
    let x606: f32 = t606[row];
    let v799: f32 = x603 + x606;
    t799[row] = v799;
  }
}
