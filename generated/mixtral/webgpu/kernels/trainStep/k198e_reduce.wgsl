// kernel k198e_reduce
@group(0) @binding(0) var<storage, read> t476: array<f32>;
@group(0) @binding(1) var<storage, read> t577: array<f32>;
@group(0) @binding(2) var<storage, read_write> t835: array<f32>;
@group(0) @binding(3) var<storage, read> t636: array<f32>;
@group(0) @binding(4) var<storage, read> t741: array<f32>;
@group(0) @binding(5) var<storage, read_write> t837: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k198e_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  if (lid == 0i) {
    let x476: f32 = t476[row];
    let x577: f32 = t577[row];
    let v835: f32 = x476 + x577;
    t835[row] = v835;
    let x636: f32 = t636[row];
    let x741: f32 = t741[row];
    let v837: f32 = x636 + x741;
    t837[row] = v837;
  }
}
