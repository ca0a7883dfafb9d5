// kernel k155f_reduce
@group(0) @binding(0) var<storage, read> t592: array<f32>;
@group(0) @binding(1) var<storage, read_write> t680: array<f32>;
@group(0) @binding(2) var<storage, read> t586: array<f32>;
@group(0) @binding(3) var<storage, read_write> t688: array<f32>;
@group(0) @binding(4) var<storage, read> t553: array<f32>;
@group(0) @binding(5) var<storage, read_write> t700: array<f32>;
@group(0) @binding(6) var<storage, read> t549: array<f32>;
@group(0) @binding(7) var<storage, read_write> t704: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k155f_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  if (lid == 0i) {
    let x592: f32 = t592[row];
    let v680: f32 = x592 * x592;
    t680[row] = v680;
    let x586: f32 = t586[row];
    let v688: f32 = x586 * x586;
    t688[row] = v688;
    let x553: f32 = t553[row];
    let v700: f32 = x553 * x553;
    t700[row] = v700;
    let x549: f32 = t549[row];
    let v704: f32 = x549 * x549;
    t704[row] = v704;
  }
}
