// kernel k93f_reduce
@group(0) @binding(0) var<storage, read> t432: array<f32>;
@group(0) @binding(1) var<storage, read_write> t520: array<f32>;
@group(0) @binding(2) var<storage, read> t426: array<f32>;
@group(0) @binding(3) var<storage, read_write> t528: array<f32>;
@group(0) @binding(4) var<storage, read> t392: array<f32>;
@group(0) @binding(5) var<storage, read_write> t540: array<f32>;
@group(0) @binding(6) var<storage, read> t388: array<f32>;
@group(0) @binding(7) var<storage, read_write> t544: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k93f_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  if (lid == 0i) {
    let x432: f32 = t432[row];
    let v520: f32 = x432 * x432;
    t520[row] = v520;
    let x426: f32 = t426[row];
    let v528: f32 = x426 * x426;
    t528[row] = v528;
    let x392: f32 = t392[row];
    let v540: f32 = x392 * x392;
    t540[row] = v540;
    let x388: f32 = t388[row];
    let v544: f32 = x388 * x388;
    t544[row] = v544;
  }
}
