// kernel k177d_reduce
@group(0) @binding(0) var<storage, read> t533: array<f32>;
@group(0) @binding(1) var<storage, read_write> t818: array<f32>;
@group(0) @binding(2) var<storage, read> t407: array<f32>;
@group(0) @binding(3) var<storage, read_write> t850: array<f32>;
@group(0) @binding(4) var<storage, read> t378: array<f32>;
@group(0) @binding(5) var<storage, read_write> t862: array<f32>;
@group(0) @binding(6) var<storage, read> t344: array<f32>;
@group(0) @binding(7) var<storage, read_write> t878: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k177d_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  if (lid == 0i) {
    let x533: f32 = t533[row];
    let v818: f32 = x533 * x533;
    t818[row] = v818;
    let x407: f32 = t407[row];
    let v850: f32 = x407 * x407;
    t850[row] = v850;
    let x378: f32 = t378[row];
    let v862: f32 = x378 * x378;
    t862[row] = v862;
    let x344: f32 = t344[row];
    let v878: f32 = x344 * x344;
    t878[row] = v878;
  }
}
