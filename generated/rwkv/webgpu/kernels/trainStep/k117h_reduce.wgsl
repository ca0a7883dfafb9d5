// kernel k117h_reduce
@group(0) @binding(0) var<storage, read> t356: array<f32>;
@group(0) @binding(1) var<storage, read> t359: array<f32>;
@group(0) @binding(2) var<storage, read_write> t700: array<f32>;
@group(0) @binding(3) var<storage, read> t376: array<f32>;
@group(0) @binding(4) var<storage, read> t379: array<f32>;
@group(0) @binding(5) var<storage, read_write> t701: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k117h_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  if (lid == 0i) {
    let x356: f32 = t356[row];
    let x359: f32 = t359[row];
    let v700: f32 = x356 + x359;
    t700[row] = v700;
    let x376: f32 = t376[row];
    let x379: f32 = t379[row];
    let v701: f32 = x376 + x379;
    t701[row] = v701;
  }
}
