// kernel k234f_reduce
@group(0) @binding(0) var<storage, read> t841: array<f32>;
@group(0) @binding(1) var<storage, read> t941: array<f32>;
@group(0) @binding(2) var<storage, read_write> t971: array<f32>;
@group(0) @binding(3) var<storage, read_write> t995: array<f32>;
@group(0) @binding(4) var<storage, read> t966: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1015: array<f32>;
@group(0) @binding(6) var<storage, read> t964: array<f32>;
@group(0) @binding(7) var<storage, read_write> t1047: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k234f_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  if (lid == 0i) {
    let x841: f32 = t841[row];
    let x941: f32 = t941[row];
    let v971: f32 = x841 + x941;
    t971[row] = v971;
    let v995: f32 = v971 * v971;
    t995[row] = v995;
    let x966: f32 = t966[row];
    let v1015: f32 = x966 * x966;
    t1015[row] = v1015;
    let x964: f32 = t964[row];
    let v1047: f32 = x964 * x964;
    t1047[row] = v1047;
  }
}
