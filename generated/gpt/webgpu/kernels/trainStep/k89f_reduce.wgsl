// kernel k89f_reduce
@group(0) @binding(0) var<storage, read> t471: array<f32>;
@group(0) @binding(1) var<storage, read_write> t559: array<f32>;
@group(0) @binding(2) var<storage, read> t465: array<f32>;
@group(0) @binding(3) var<storage, read_write> t567: array<f32>;
@group(0) @binding(4) var<storage, read> t426: array<f32>;
@group(0) @binding(5) var<storage, read_write> t579: array<f32>;
@group(0) @binding(6) var<storage, read> t422: array<f32>;
@group(0) @binding(7) var<storage, read_write> t583: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k89f_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  if (lid == 0i) {
    let x471: f32 = t471[row];
    let v559: f32 = x471 * x471;
    t559[row] = v559;
    let x465: f32 = t465[row];
    let v567: f32 = x465 * x465;
    t567[row] = v567;
    let x426: f32 = t426[row];
    let v579: f32 = x426 * x426;
    t579[row] = v579;
    let x422: f32 = t422[row];
    let v583: f32 = x422 * x422;
    t583[row] = v583;
  }
}
