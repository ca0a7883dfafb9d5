// kernel k6_reduce (compiler/std/linear.loom:20:52)
@group(0) @binding(0) var<storage, read> t38: array<f32>;
@group(0) @binding(1) var<storage, read_write> t56: array<f32>;
@group(0) @binding(2) var<storage, read_write> t79: array<f32>;
var<workgroup> partial0: array<f32, 16>;
@compute @workgroup_size(16, 1, 1)
fn k6_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  var acc0_0: f32 = 0.0f;
  for (var col: i32 = lid; col < 16i; col += 16i) {
    let l40: f32 = t38[row / 64i * 16i + row / 16i % 4i * 1024i + row % 16i + col * 64i];
    let v52: bool = l40 > 0.0f;
    let v53: f32 = l40 + 1.0f;
    let v54: f32 = min(l40, 0.0f);
    let v55: f32 = exp(v54);
    let v56: f32 = select(v55, v53, v52);
    t56[row / 16i * 256i + row % 16i + col * 16i] = v56;
    acc0_0 += v56;
  }
  partial0[lid] = acc0_0;
  workgroupBarrier();
  if (lid < 8i) {
    partial0[lid] = partial0[lid] + partial0[lid + 8i];
  }
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
    t79[row] = r0_0;
  }
}
