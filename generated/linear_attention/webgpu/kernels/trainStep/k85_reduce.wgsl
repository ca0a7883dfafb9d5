// kernel k85_reduce
@group(0) @binding(0) var<storage, read> t500: array<f32>;
@group(0) @binding(1) var<storage, read> t110: array<f32>;
@group(0) @binding(2) var<storage, read> t108: array<f32>;
@group(0) @binding(3) var<storage, read_write> t505: array<f32>;
@group(0) @binding(4) var<storage, read_write> t509: array<f32>;
var<workgroup> partial0: array<f32, 16>;
@compute @workgroup_size(16, 1, 1)
fn k85_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  var acc0_0: f32 = 0.0f;
  for (var col: i32 = lid; col < 16i; col += 16i) {
    let l504: f32 = t500[row / 256i * 4096i + row / 64i % 4i * 16i + row % 64i * 64i + col];
    let l110: f32 = t110[row * 16i + col];
    let v506: f32 = l504 * l110;
    let l109: f32 = t108[row];
    let v507: f32 = v506 / l109;
    let v508: f32 = -v507;
    let v505: f32 = l504 / l109;
    t505[row * 16i + col] = v505;
    acc0_0 += v508;
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
    t509[row] = r0_0;
  }
}
