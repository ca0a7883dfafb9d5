// kernel k95_reduce
@group(0) @binding(0) var<storage, read> t452: array<f32>;
@group(0) @binding(1) var<storage, read> t329: array<f32>;
@group(0) @binding(2) var<storage, read> t327: array<f32>;
@group(0) @binding(3) var<storage, read_write> t475: array<f32>;
var<workgroup> partial0: array<f32, 2>;
@compute @workgroup_size(2, 1, 1)
fn k95_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  var acc0_0: f32 = 0.0f;
  for (var col: i32 = lid; col < 2i; col += 2i) {
    let l453: f32 = t452[row * 2i + col];
    let l329: f32 = t329[row * 2i + col];
    let v472: f32 = l453 * l329;
    let l328: f32 = t327[row];
    let v473: f32 = v472 / l328;
    let v474: f32 = -v473;
    acc0_0 += v474;
  }
  partial0[lid] = acc0_0;
  workgroupBarrier();
  if (lid < 1i) {
    partial0[lid] = partial0[lid] + partial0[lid + 1i];
  }
  workgroupBarrier();
  let r0_0: f32 = partial0[0i];
  if (lid == 0i) {
    t475[row] = r0_0;
  }
}
