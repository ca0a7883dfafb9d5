// kernel k76a_reduce
@group(0) @binding(0) var<storage, read> t411: array<f32>;
@group(0) @binding(1) var<storage, read> t461: array<f32>;
@group(0) @binding(2) var<storage, read> t464: array<f32>;
@group(0) @binding(3) var<storage, read_write> t467: array<f32>;
@group(0) @binding(4) var<storage, read_write> t468: array<f32>;
@group(0) @binding(5) var<storage, read_write> t496: array<f32>;
var<workgroup> partial0: array<f32, 16>;
@compute @workgroup_size(16, 1, 1)
fn k76a_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  var acc0_0: f32 = 0.0f;
  for (var col: i32 = lid; col < 16i; col += 16i) {
    let l411: f32 = t411[row + col * 4096i];
    let l461: f32 = t461[row + col * 4096i];
    let v466: f32 = l411 + l461;
    let l465: f32 = t464[row / 64i + col * 64i];
    let v467: f32 = v466 + l465;
    acc0_0 += v467;
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
  for (var col_1: i32 = lid; col_1 < 16i; col_1 += 16i) {
    let l411_1: f32 = t411[row + col_1 * 4096i];
    let l461_1: f32 = t461[row + col_1 * 4096i];
    let v466_1: f32 = l411_1 + l461_1;
    let l465_1: f32 = t464[row / 64i + col_1 * 64i];
    let v467_1: f32 = v466_1 + l465_1;
    t467[row + col_1 * 4096i] = v467_1;
  }
  if (lid == 0i) {
    t468[row] = r0_0;
    let v496: f32 = r0_0 * r0_0;
    t496[row] = v496;
  }
}
