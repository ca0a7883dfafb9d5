// kernel k91f_reduce
@group(0) @binding(0) var<storage, read> t428: array<f32>;
@group(0) @binding(1) var<storage, read_write> t516: array<f32>;
@group(0) @binding(2) var<storage, read> t422: array<f32>;
@group(0) @binding(3) var<storage, read_write> t524: array<f32>;
@group(0) @binding(4) var<storage, read> t389: array<f32>;
@group(0) @binding(5) var<storage, read_write> t536: array<f32>;
@group(0) @binding(6) var<storage, read> t385: array<f32>;
@group(0) @binding(7) var<storage, read_write> t540: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k91f_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  if (lid == 0i) {
    let x428: f32 = t428[row];
    let v516: f32 = x428 * x428;
    t516[row] = v516;
    let x422: f32 = t422[row];
    let v524: f32 = x422 * x422;
    t524[row] = v524;
    let x389: f32 = t389[row];
    let v536: f32 = x389 * x389;
    t536[row] = v536;
    let x385: f32 = t385[row];
    let v540: f32 = x385 * x385;
    t540[row] = v540;
  }
}
