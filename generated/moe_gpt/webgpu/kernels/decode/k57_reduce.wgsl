// kernel k57_reduce (compiler/std/moe.loom:74:26)
@group(0) @binding(0) var<storage, read> t313: array<f32>;
@group(0) @binding(1) var<storage, read_write> t320: array<f32>;
var<workgroup> partial0: array<f32, 2>;
@compute @workgroup_size(2, 1, 1)
fn k57_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  var acc0_0: f32 = 0.0f;
  for (var col: i32 = lid; col < 2i; col += 2i) {
    let l315: f32 = t313[col];
    let l154: f32 = f32(row);
    let v316: bool = l315 == l154;
    let v317: f32 = f32(v316);
    acc0_0 += v317;
  }
  partial0[lid] = acc0_0;
  workgroupBarrier();
  if (lid < 1i) {
    partial0[lid] = partial0[lid] + partial0[lid + 1i];
  }
  workgroupBarrier();
  let r0_0: f32 = partial0[0i];
  if (lid == 0i) {
    let v320: bool = r0_0 > 0.0f;
    t320[row] = f32(v320);
  }
}
