// kernel k73_reduce
@group(0) @binding(0) var<storage, read> t359: array<f32>;
@group(0) @binding(1) var<storage, read> t267: array<f32>;
@group(0) @binding(2) var<storage, read> t265: array<f32>;
@group(0) @binding(3) var<storage, read_write> t382: array<f32>;
var<workgroup> partial0: array<f32, 2>;
@compute @workgroup_size(2, 1, 1)
fn k73_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  var acc0_0: f32 = 0.0f;
  for (var col: i32 = lid; col < 2i; col += 2i) {
    let l360: f32 = t359[row * 2i + col];
    let l267: f32 = t267[row * 2i + col];
    let v379: f32 = l360 * l267;
    let l266: f32 = t265[row];
    let v380: f32 = v379 / l266;
    let v381: f32 = -v380;
    acc0_0 += v381;
  }
  partial0[lid] = acc0_0;
  workgroupBarrier();
  if (lid < 1i) {
    partial0[lid] = partial0[lid] + partial0[lid + 1i];
  }
  workgroupBarrier();
  let r0_0: f32 = partial0[0i];
  if (lid == 0i) {
    t382[row] = r0_0;
  }
}
