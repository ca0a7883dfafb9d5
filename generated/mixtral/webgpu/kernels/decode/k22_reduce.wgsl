// kernel k22_reduce (compiler/std/moe.loom:118:31)
@group(0) @binding(0) var<storage, read> t151: array<f32>;
@group(0) @binding(1) var<storage, read> t156: array<f32>;
@group(0) @binding(2) var<storage, read_write> t165: array<f32>;
var<workgroup> partial0: array<f32, 8>;
@compute @workgroup_size(8, 1, 1)
fn k22_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  var acc0_0: f32 = 0.0f;
  for (var col: i32 = lid; col < 8i; col += 8i) {
    let l152: f32 = t151[col];
    let l158: f32 = t156[0i];
    let v159: f32 = l152 - l158;
    let v160: f32 = v159 * v159;
    acc0_0 += v160;
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
    let v163: f32 = r0_0 * 0.125f;
    let v164: f32 = sqrt(v163);
    let l156: f32 = t156[0i];
    let v165: f32 = v164 / l156;
    t165[0i] = v165;
  }
}
