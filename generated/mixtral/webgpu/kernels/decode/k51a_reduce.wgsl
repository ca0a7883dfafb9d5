// kernel k51a_reduce (compiler/std/moe.loom:84:51)
@group(0) @binding(0) var<storage, read> t273: array<f32>;
@group(0) @binding(1) var<storage, read_write> t285: array<f32>;
var<workgroup> partial0: array<f32, 2>;
@compute @workgroup_size(2, 1, 1)
fn k51a_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  var acc0_0: f32 = 0.0f;
  for (var col: i32 = lid; col < 2i; col += 2i) {
    let l282: f32 = t273[col];
    let l148: f32 = f32(row);
    let v283: bool = l282 == l148;
    let v284: f32 = f32(v283);
    acc0_0 += v284;
  }
  partial0[lid] = acc0_0;
  workgroupBarrier();
  if (lid < 1i) {
    partial0[lid] = partial0[lid] + partial0[lid + 1i];
  }
  workgroupBarrier();
  let r0_0: f32 = partial0[0i];
  if (lid == 0i) {
    t285[row] = r0_0;
  }
}
