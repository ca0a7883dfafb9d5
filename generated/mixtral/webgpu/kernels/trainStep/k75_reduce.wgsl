// kernel k75_reduce
@group(0) @binding(0) var<storage, read> t390: array<f32>;
@group(0) @binding(1) var<storage, read> t284: array<f32>;
@group(0) @binding(2) var<storage, read> t282: array<f32>;
@group(0) @binding(3) var<storage, read_write> t413: array<f32>;
var<workgroup> partial0: array<f32, 2>;
@compute @workgroup_size(2, 1, 1)
fn k75_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  var acc0_0: f32 = 0.0f;
  for (var col: i32 = lid; col < 2i; col += 2i) {
    let l391: f32 = t390[row * 2i + col];
    let l284: f32 = t284[row * 2i + col];
    let v410: f32 = l391 * l284;
    let l283: f32 = t282[row];
    let v411: f32 = v410 / l283;
    let v412: f32 = -v411;
    acc0_0 += v412;
  }
  partial0[lid] = acc0_0;
  workgroupBarrier();
  if (lid < 1i) {
    partial0[lid] = partial0[lid] + partial0[lid + 1i];
  }
  workgroupBarrier();
  let r0_0: f32 = partial0[0i];
  if (lid == 0i) {
    t413[row] = r0_0;
  }
}
