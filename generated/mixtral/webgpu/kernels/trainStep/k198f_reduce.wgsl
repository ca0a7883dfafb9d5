// kernel k198f_reduce
@group(0) @binding(0) var<storage, read> t712: array<f32>;
@group(0) @binding(1) var<storage, read> t812: array<f32>;
@group(0) @binding(2) var<storage, read_write> t842: array<f32>;
@group(0) @binding(3) var<storage, read_write> t866: array<f32>;
@group(0) @binding(4) var<storage, read> t837: array<f32>;
@group(0) @binding(5) var<storage, read_write> t886: array<f32>;
@group(0) @binding(6) var<storage, read> t835: array<f32>;
@group(0) @binding(7) var<storage, read_write> t906: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k198f_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  if (lid == 0i) {
    let x712: f32 = t712[row];
    let x812: f32 = t812[row];
    let v842: f32 = x712 + x812;
    t842[row] = v842;
    let v866: f32 = v842 * v842;
    t866[row] = v866;
    let x837: f32 = t837[row];
    let v886: f32 = x837 * x837;
    t886[row] = v886;
    let x835: f32 = t835[row];
    let v906: f32 = x835 * x835;
    t906[row] = v906;
  }
}
