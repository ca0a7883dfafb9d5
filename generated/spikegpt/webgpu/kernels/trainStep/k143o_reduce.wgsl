// kernel k143o_reduce
@group(0) @binding(0) var<storage, read> t798: array<f32>;
@group(0) @binding(1) var<storage, read_write> t923: array<f32>;
@group(0) @binding(2) var<storage, read> t797: array<f32>;
@group(0) @binding(3) var<storage, read_write> t927: array<f32>;
@group(0) @binding(4) var<storage, read> t796: array<f32>;
@group(0) @binding(5) var<storage, read_write> t931: array<f32>;
@group(0) @binding(6) var<storage, read> t795: array<f32>;
@group(0) @binding(7) var<storage, read_write> t959: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k143o_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  if (lid == 0i) {
    let x798: f32 = t798[row];
    let v923: f32 = x798 * x798;
    t923[row] = v923;
    let x797: f32 = t797[row];
    let v927: f32 = x797 * x797;
    t927[row] = v927;
    let x796: f32 = t796[row];
    let v931: f32 = x796 * x796;
    t931[row] = v931;
    let x795: f32 = t795[row];
    let v959: f32 = x795 * x795;
    t959[row] = v959;
  }
}
