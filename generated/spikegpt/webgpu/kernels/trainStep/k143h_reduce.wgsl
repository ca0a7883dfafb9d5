// kernel k143h_reduce
@group(0) @binding(0) var<storage, read> t407: array<f32>;
@group(0) @binding(1) var<storage, read> t410: array<f32>;
@group(0) @binding(2) var<storage, read_write> t794: array<f32>;
@group(0) @binding(3) var<storage, read> t427: array<f32>;
@group(0) @binding(4) var<storage, read> t430: array<f32>;
@group(0) @binding(5) var<storage, read_write> t795: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k143h_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  if (lid == 0i) {
    let x407: f32 = t407[row];
    let x410: f32 = t410[row];
    let v794: f32 = x407 + x410;
    t794[row] = v794;
    let x427: f32 = t427[row];
    let x430: f32 = t430[row];
    let v795: f32 = x427 + x430;
    t795[row] = v795;
  }
}
