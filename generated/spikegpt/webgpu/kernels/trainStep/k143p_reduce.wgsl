// kernel k143p_reduce
@group(0) @binding(0) var<storage, read> t794: array<f32>;
@group(0) @binding(1) var<storage, read_write> t963: array<f32>;
@group(0) @binding(2) var<storage, read> t359: array<f32>;
@group(0) @binding(3) var<storage, read_write> t979: array<f32>;
@group(0) @binding(4) var<storage, read> t355: array<f32>;
@group(0) @binding(5) var<storage, read_write> t983: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k143p_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  if (lid == 0i) {
    let x794: f32 = t794[row];
    let v963: f32 = x794 * x794;
    t963[row] = v963;
    let x359: f32 = t359[row];
    let v979: f32 = x359 * x359;
    t979[row] = v979;
    let x355: f32 = t355[row];
    let v983: f32 = x355 * x355;
    t983[row] = v983;
  }
}
