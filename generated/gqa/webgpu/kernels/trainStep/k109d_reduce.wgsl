// kernel k109d_reduce
@group(0) @binding(0) var<storage, read> t274: array<f32>;
@group(0) @binding(1) var<storage, read_write> t556: array<f32>;
@group(0) @binding(2) var<storage, read> t240: array<f32>;
@group(0) @binding(3) var<storage, read_write> t572: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k109d_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  if (lid == 0i) {
    let x274: f32 = t274[row];
    let v556: f32 = x274 * x274;
    t556[row] = v556;
    let x240: f32 = t240[row];
    let v572: f32 = x240 * x240;
    t572[row] = v572;
  }
}
