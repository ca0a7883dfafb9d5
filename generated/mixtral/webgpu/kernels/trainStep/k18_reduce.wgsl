// kernel k18_reduce (compiler/std/moe.loom:118:31)
@group(0) @binding(0) var<storage, read> t120: array<f32>;
@group(0) @binding(1) var<storage, read> t152: array<f32>;
@group(0) @binding(2) var<storage, read_write> t161: array<f32>;
var<workgroup> partial0: array<f32, 8>;
@compute @workgroup_size(8, 1, 1)
fn k18_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  var acc0_0: f32 = 0.0f;
  for (var col: i32 = lid; col < 8i; col += 8i) {
    let l121: f32 = t120[col];
    let l154: f32 = t152[0i];
    let v155: f32 = l121 - l154;
    let v156: f32 = v155 * v155;
    acc0_0 += v156;
  }
  partial0[lid] = acc0_0;
  workgroupBarrier();
  if (lid < 4i) {
    partial0[lid] = partial0[lid] + partial0[lid + 4i];
  }
  workgroupBarrier();
  if (lid < 2i) {
    partial0[lid] = partial0[lid] + partial0[lid + 2i];
  }
  workgroupBarrier();
  if (lid < 1i) {
    partial0[lid] = partial0[lid] + partial0[lid + 1i];
  }
  workgroupBarrier();
  let r0_0: f32 = partial0[0i];
  if (lid == 0i) {
    let v159: f32 = r0_0 * 0.125f;
    let v160: f32 = sqrt(v159);
    let l152: f32 = t152[0i];
    let v161: f32 = v160 / l152;
    t161[0i] = v161;
  }
}
