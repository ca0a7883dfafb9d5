// kernel k91g_reduce
@group(0) @binding(0) var<storage, read> t347: array<f32>;
@group(0) @binding(1) var<storage, read_write> t560: array<f32>;
@group(0) @binding(2) var<storage, read> t343: array<f32>;
@group(0) @binding(3) var<storage, read_write> t564: array<f32>;
@group(0) @binding(4) var<storage, read> t337: array<f32>;
@group(0) @binding(5) var<storage, read_write> t572: array<f32>;
@group(0) @binding(6) var<storage, read> t331: array<f32>;
@group(0) @binding(7) var<storage, read_write> t580: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k91g_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  if (lid == 0i) {
    let x347: f32 = t347[row];
    let v560: f32 = x347 * x347;
    t560[row] = v560;
    let x343: f32 = t343[row];
    let v564: f32 = x343 * x343;
    t564[row] = v564;
    let x337: f32 = t337[row];
    let v572: f32 = x337 * x337;
    t572[row] = v572;
    let x331: f32 = t331[row];
    let v580: f32 = x331 * x331;
    t580[row] = v580;
  }
}
