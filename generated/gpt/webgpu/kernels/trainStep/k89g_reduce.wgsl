// kernel k89g_reduce
@group(0) @binding(0) var<storage, read> t384: array<f32>;
@group(0) @binding(1) var<storage, read_write> t603: array<f32>;
@group(0) @binding(2) var<storage, read> t380: array<f32>;
@group(0) @binding(3) var<storage, read_write> t607: array<f32>;
@group(0) @binding(4) var<storage, read> t374: array<f32>;
@group(0) @binding(5) var<storage, read_write> t615: array<f32>;
@group(0) @binding(6) var<storage, read> t368: array<f32>;
@group(0) @binding(7) var<storage, read_write> t623: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k89g_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  if (lid == 0i) {
    let x384: f32 = t384[row];
    let v603: f32 = x384 * x384;
    t603[row] = v603;
    let x380: f32 = t380[row];
    let v607: f32 = x380 * x380;
    t607[row] = v607;
    let x374: f32 = t374[row];
    let v615: f32 = x374 * x374;
    t615[row] = v615;
    let x368: f32 = t368[row];
    let v623: f32 = x368 * x368;
    t623[row] = v623;
  }
}
