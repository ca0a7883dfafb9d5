// kernel k143k_reduce
@group(0) @binding(0) var<storage, read> t622: array<f32>;
@group(0) @binding(1) var<storage, read> t625: array<f32>;
@group(0) @binding(2) var<storage, read_write> t800: array<f32>;
@group(0) @binding(3) var<storage, read> t683: array<f32>;
@group(0) @binding(4) var<storage, read> t686: array<f32>;
@group(0) @binding(5) var<storage, read_write> t801: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k143k_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  if (lid == 0i) {
    let x622: f32 = t622[row];
    let x625: f32 = t625[row];
    let v800: f32 = x622 + x625;
    t800[row] = v800;
    let x683: f32 = t683[row];
    let x686: f32 = t686[row];
    let v801: f32 = x683 + x686;
    t801[row] = v801;
  }
}
