// kernel k117i_reduce
@group(0) @binding(0) var<storage, read> t423: array<f32>;
@group(0) @binding(1) var<storage, read> t426: array<f32>;
@group(0) @binding(2) var<storage, read_write> t702: array<f32>;
@group(0) @binding(3) var<storage, read> t462: array<f32>;
@group(0) @binding(4) var<storage, read> t465: array<f32>;
@group(0) @binding(5) var<storage, read_write> t703: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k117i_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  if (lid == 0i) {
    let x423: f32 = t423[row];
    let x426: f32 = t426[row];
    let v702: f32 = x423 + x426;
    t702[row] = v702;
    let x462: f32 = t462[row];
    let x465: f32 = t465[row];
    let v703: f32 = x462 + x465;
    t703[row] = v703;
  }
}
