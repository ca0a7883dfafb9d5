// kernel k195h_reduce
@group(0) @binding(0) var<storage, read> t584: array<f32>;
@group(0) @binding(1) var<storage, read_write> t946: array<f32>;
@group(0) @binding(2) var<storage, read> t551: array<f32>;
@group(0) @binding(3) var<storage, read_write> t958: array<f32>;
@group(0) @binding(4) var<storage, read> t547: array<f32>;
@group(0) @binding(5) var<storage, read_write> t962: array<f32>;
@group(0) @binding(6) var<storage, read> t421: array<f32>;
@group(0) @binding(7) var<storage, read_write> t974: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k195h_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  if (lid == 0i) {
    let x584: f32 = t584[row];
    let v946: f32 = x584 * x584;
    t946[row] = v946;
    let x551: f32 = t551[row];
    let v958: f32 = x551 * x551;
    t958[row] = v958;
    let x547: f32 = t547[row];
    let v962: f32 = x547 * x547;
    t962[row] = v962;
    let x421: f32 = t421[row];
    let v974: f32 = x421 * x421;
    t974[row] = v974;
  }
}
