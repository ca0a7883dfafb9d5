// kernel k25c_reduce
@group(0) @binding(0) var<storage, read> t739: array<f32>;
@group(0) @binding(1) var<storage, read> t792: array<f32>;
@group(0) @binding(2) var<storage, read_write> t805: array<f32>;
@group(0) @binding(3) var<storage, read> t760: array<f32>;
@group(0) @binding(4) var<storage, read> t796: array<f32>;
@group(0) @binding(5) var<storage, read_write> t801: array<f32>;
@group(0) @binding(6) var<storage, read> t741: array<f32>;
@group(0) @binding(7) var<storage, read_write> t802: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k25c_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  for (var col: i32 = lid; col < 16384i; col += 256i) {
    let l739: f32 = t739[col];
    let x792: f32 = t792[0i];
    let v805: f32 = l739 * x792;
    t805[col] = v805;
  }
  if (lid == 0i) {
    let x760: f32 = t760[0i];
    let x796: f32 = t796[0i];
    let v801: f32 = x760 / x796;
    t801[0i] = v801;
    let x741: f32 = t741[0i];
    let v798: f32 = x741 * -0.051293295f;
    let v799: f32 = exp(v798);
    let v800: f32 = 1.0f - v799;
    let v802: f32 = sqrt(v800);
    t802[0i] = v802;
  }
}
