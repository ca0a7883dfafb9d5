// kernel k24_reduce (compiler/std/moe.loom:79:37)
@group(0) @binding(0) var<storage, read> t168: array<f32>;
@group(0) @binding(1) var<storage, read_write> t172: array<f32>;
var<workgroup> partial0: array<f32, 2>;
@compute @workgroup_size(2, 1, 1)
fn k24_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  var acc0_0: f32 = 0.0f;
  for (var col: i32 = lid; col < 2i; col += 2i) {
    let l169: f32 = t168[col];
    acc0_0 += l169;
  }
  partial0[lid] = acc0_0;
  workgroupBarrier();
  if (lid < 1i) {
    partial0[lid] = partial0[lid] + partial0[lid + 1i];
  }
  workgroupBarrier();
  let r0_0: f32 = partial0[0i];
  for (var col_1: i32 = lid; col_1 < 2i; col_1 += 2i) {
    let l169_1: f32 = t168[col_1];
    let v172: f32 = l169_1 / r0_0;
    t172[col_1] = v172;
  }
}
