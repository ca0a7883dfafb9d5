// kernel k195f_reduce
@group(0) @binding(0) var<storage, read> t774: array<f32>;
@group(0) @binding(1) var<storage, read_write> t882: array<f32>;
@group(0) @binding(2) var<storage, read> t768: array<f32>;
@group(0) @binding(3) var<storage, read_write> t890: array<f32>;
@group(0) @binding(4) var<storage, read> t735: array<f32>;
@group(0) @binding(5) var<storage, read_write> t902: array<f32>;
@group(0) @binding(6) var<storage, read> t731: array<f32>;
@group(0) @binding(7) var<storage, read_write> t906: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k195f_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  if (lid == 0i) {
    let x774: f32 = t774[row];
    let v882: f32 = x774 * x774;
    t882[row] = v882;
    let x768: f32 = t768[row];
    let v890: f32 = x768 * x768;
    t890[row] = v890;
    let x735: f32 = t735[row];
    let v902: f32 = x735 * x735;
    t902[row] = v902;
    let x731: f32 = t731[row];
    let v906: f32 = x731 * x731;
    t906[row] = v906;
  }
}
