// kernel k133_reduce
@group(0) @binding(0) var<storage, read> t630: array<f32>;
@group(0) @binding(1) var<storage, read> t148: array<f32>;
@group(0) @binding(2) var<storage, read> t146: array<f32>;
@group(0) @binding(3) var<storage, read_write> t652: array<f32>;
var<workgroup> partial0: array<f32, 2>;
@compute @workgroup_size(2, 1, 1)
fn k133_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  var acc0_0: f32 = 0.0f;
  for (var col: i32 = lid; col < 2i; col += 2i) {
    let l631: f32 = t630[row * 2i + col];
    let l148: f32 = t148[row * 2i + col];
    let v649: f32 = l631 * l148;
    let l147: f32 = t146[row];
    let v650: f32 = v649 / l147;
    let v651: f32 = -v650;
    acc0_0 += v651;
  }
  partial0[lid] = acc0_0;
  workgroupBarrier();
  if (lid < 1i) {
    partial0[lid] = partial0[lid] + partial0[lid + 1i];
  }
  workgroupBarrier();
  let r0_0: f32 = partial0[0i];
  if (lid == 0i) {
    t652[row] = r0_0;
  }
}
