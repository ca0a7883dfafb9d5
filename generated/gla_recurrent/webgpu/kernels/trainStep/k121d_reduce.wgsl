// kernel k121d_reduce
@group(0) @binding(0) var<storage, read> t366: array<f32>;
@group(0) @binding(1) var<storage, read_write> t594: array<f32>;
@group(0) @binding(2) var<storage, read> t295: array<f32>;
@group(0) @binding(3) var<storage, read_write> t626: array<f32>;
@group(0) @binding(4) var<storage, read> t267: array<f32>;
@group(0) @binding(5) var<storage, read_write> t638: array<f32>;
@group(0) @binding(6) var<storage, read> t234: array<f32>;
@group(0) @binding(7) var<storage, read_write> t654: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k121d_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  if (lid == 0i) {
    let x366: f32 = t366[row];
    let v594: f32 = x366 * x366;
    t594[row] = v594;
    let x295: f32 = t295[row];
    let v626: f32 = x295 * x295;
    t626[row] = v626;
    let x267: f32 = t267[row];
    let v638: f32 = x267 * x267;
    t638[row] = v638;
    let x234: f32 = t234[row];
    let v654: f32 = x234 * x234;
    t654[row] = v654;
  }
}
