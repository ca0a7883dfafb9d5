// kernel k95_reduce
@group(0) @binding(0) var<storage, read> t472: array<f32>;
@group(0) @binding(1) var<storage, read> t340: array<f32>;
@group(0) @binding(2) var<storage, read> t338: array<f32>;
@group(0) @binding(3) var<storage, read_write> t495: array<f32>;
var<workgroup> partial0: array<f32, 2>;
@compute @workgroup_size(2, 1, 1)
fn k95_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  var acc0_0: f32 = 0.0f;
  for (var col: i32 = lid; col < 2i; col += 2i) {
    let l473: f32 = t472[row * 2i + col];
    let l340: f32 = t340[row * 2i + col];
    let v492: f32 = l473 * l340;
    let l339: f32 = t338[row];
    let v493: f32 = v492 / l339;
    let v494: f32 = -v493;
    acc0_0 += v494;
  }
  partial0[lid] = acc0_0;
  workgroupBarrier();
  if (lid < 1i) {
    partial0[lid] = partial0[lid] + partial0[lid + 1i];
  }
  workgroupBarrier();
  let r0_0: f32 = partial0[0i];
  if (lid == 0i) {
    t495[row] = r0_0;
  }
}
