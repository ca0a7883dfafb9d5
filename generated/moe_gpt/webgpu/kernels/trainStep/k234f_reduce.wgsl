// kernel k234f_reduce
@group(0) @binding(0) var<storage, read> t821: array<f32>;
@group(0) @binding(1) var<storage, read> t921: array<f32>;
@group(0) @binding(2) var<storage, read_write> t951: array<f32>;
@group(0) @binding(3) var<storage, read_write> t975: array<f32>;
@group(0) @binding(4) var<storage, read> t946: array<f32>;
@group(0) @binding(5) var<storage, read_write> t995: array<f32>;
@group(0) @binding(6) var<storage, read> t944: array<f32>;
@group(0) @binding(7) var<storage, read_write> t1027: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k234f_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  if (lid == 0i) {
    let x821: f32 = t821[row];
    let x921: f32 = t921[row];
    let v951: f32 = x821 + x921;
    t951[row] = v951;
    let v975: f32 = v951 * v951;
    t975[row] = v975;
    let x946: f32 = t946[row];
    let v995: f32 = x946 * x946;
    t995[row] = v995;
    let x944: f32 = t944[row];
    let v1027: f32 = x944 * x944;
    t1027[row] = v1027;
  }
}
