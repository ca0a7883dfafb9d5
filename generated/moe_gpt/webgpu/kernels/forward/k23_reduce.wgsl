// kernel k23_reduce (compiler/std/moe.loom:118:31)
@group(0) @binding(0) var<storage, read> t160: array<f32>;
@group(0) @binding(1) var<storage, read> t165: array<f32>;
@group(0) @binding(2) var<storage, read_write> t174: array<f32>;
var<workgroup> partial0: array<f32, 8>;
@compute @workgroup_size(8, 1, 1)
fn k23_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  var acc0_0: f32 = 0.0f;
  for (var col: i32 = lid; col < 8i; col += 8i) {
    let l161: f32 = t160[col];
    let l167: f32 = t165[0i];
    let v168: f32 = l161 - l167;
    let v169: f32 = v168 * v168;
    acc0_0 += v169;
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
    let v172: f32 = r0_0 * 0.125f;
    let v173: f32 = sqrt(v172);
    let l165: f32 = t165[0i];
    let v174: f32 = v173 / l165;
    t174[0i] = v174;
  }
}
