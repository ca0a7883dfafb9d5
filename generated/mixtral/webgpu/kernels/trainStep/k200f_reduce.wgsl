// kernel k200f_reduce
@group(0) @binding(0) var<storage, read> t743: array<f32>;
@group(0) @binding(1) var<storage, read> t843: array<f32>;
@group(0) @binding(2) var<storage, read_write> t873: array<f32>;
@group(0) @binding(3) var<storage, read_write> t897: array<f32>;
@group(0) @binding(4) var<storage, read> t868: array<f32>;
@group(0) @binding(5) var<storage, read_write> t917: array<f32>;
@group(0) @binding(6) var<storage, read> t866: array<f32>;
@group(0) @binding(7) var<storage, read_write> t937: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k200f_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  if (lid == 0i) {
    let x743: f32 = t743[row];
    let x843: f32 = t843[row];
    let v873: f32 = x743 + x843;
    t873[row] = v873;
    let v897: f32 = v873 * v873;
    t897[row] = v897;
    let x868: f32 = t868[row];
    let v917: f32 = x868 * x868;
    t917[row] = v917;
    let x866: f32 = t866[row];
    let v937: f32 = x866 * x866;
    t937[row] = v937;
  }
}
