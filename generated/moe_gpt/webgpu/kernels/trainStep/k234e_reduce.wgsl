// kernel k234e_reduce
@group(0) @binding(0) var<storage, read> t589: array<f32>;
@group(0) @binding(1) var<storage, read> t690: array<f32>;
@group(0) @binding(2) var<storage, read_write> t964: array<f32>;
@group(0) @binding(3) var<storage, read> t765: array<f32>;
@group(0) @binding(4) var<storage, read> t870: array<f32>;
@group(0) @binding(5) var<storage, read_write> t966: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k234e_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  if (lid == 0i) {
    let x589: f32 = t589[row];
    let x690: f32 = t690[row];
    let v964: f32 = x589 + x690;
    t964[row] = v964;
    let x765: f32 = t765[row];
    let x870: f32 = t870[row];
    let v966: f32 = x765 + x870;
    t966[row] = v966;
  }
}
