// kernel k103_reduce
@group(0) @binding(0) var<storage, read> t509: array<f32>;
@group(0) @binding(1) var<storage, read_write> t514: array<f32>;
var<workgroup> partial0: array<f32, 4>;
@compute @workgroup_size(4, 1, 1)
fn k103_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  var acc0_0: f32 = 0.0f;
  for (var col: i32 = lid; col < 4i; col += 4i) {
    let l513: f32 = t509[16i + row / 512i * 6144i + row / 8i % 64i * 24i + row % 8i + col * 1536i];
    acc0_0 += l513;
  }
  partial0[lid] = acc0_0;
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
    t514[row] = r0_0;
  }
}
