// kernel k24_reduce (compiler/std/moe.loom:118:31)
@group(0) @binding(0) var<storage, read> t162: array<f32>;
@group(0) @binding(1) var<storage, read> t167: array<f32>;
@group(0) @binding(2) var<storage, read_write> t176: array<f32>;
var<workgroup> partial0: array<f32, 8>;
@compute @workgroup_size(8, 1, 1)
fn k24_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  var acc0_0: f32 = 0.0f;
  for (var col: i32 = lid; col < 8i; col += 8i) {
    let l163: f32 = t162[col];
    let l169: f32 = t167[0i];
    let v170: f32 = l163 - l169;
    let v171: f32 = v170 * v170;
    acc0_0 += v171;
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
    let v174: f32 = r0_0 * 0.125f;
    let v175: f32 = sqrt(v174);
    let l167: f32 = t167[0i];
    let v176: f32 = v175 / l167;
    t176[0i] = v176;
  }
}
