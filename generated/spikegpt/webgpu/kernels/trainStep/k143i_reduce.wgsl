// kernel k143i_reduce
@group(0) @binding(0) var<storage, read> t488: array<f32>;
@group(0) @binding(1) var<storage, read> t491: array<f32>;
@group(0) @binding(2) var<storage, read_write> t796: array<f32>;
@group(0) @binding(3) var<storage, read> t527: array<f32>;
@group(0) @binding(4) var<storage, read> t530: array<f32>;
@group(0) @binding(5) var<storage, read_write> t797: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k143i_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  if (lid == 0i) {
    let x488: f32 = t488[row];
    let x491: f32 = t491[row];
    let v796: f32 = x488 + x491;
    t796[row] = v796;
    let x527: f32 = t527[row];
    let x530: f32 = t530[row];
    let v797: f32 = x527 + x530;
    t797[row] = v797;
  }
}
