// kernel k143g_reduce
@group(0) @binding(0) var<storage, read> t726: array<f32>;
@group(0) @binding(1) var<storage, read> t91: array<f32>;
@group(0) @binding(2) var<storage, read> t89: array<f32>;
@group(0) @binding(3) var<storage, read_write> t732: array<f32>;
@group(0) @binding(4) var<storage, read_write> t735: array<f32>;
@group(0) @binding(5) var<storage, read> t706: array<f32>;
@group(0) @binding(6) var<storage, read> t93: array<f32>;
@group(0) @binding(7) var<storage, read_write> t737: array<f32>;
var<workgroup> partial0: array<f32, 256>;
var<workgroup> partial1: array<f32, 256>;
@compute @workgroup_size(256, 1, 1)
fn k143g_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  var acc0_0: f32 = 0.0f;
  var acc0_1: f32 = 0.0f;
  for (var col: i32 = lid; col < 1024i; col += 256i) {
    let l726: f32 = t726[row + col * 64i];
    let l92: f32 = t91[row + col / 64i * 4160i + col % 64i * 64i];
    let v729: f32 = l726 * l92;
    let l89: f32 = t89[row + col * 64i];
    let v734: f32 = l726 * l89;
    acc0_0 += v729;
    acc0_1 += v734;
  }
  partial0[lid] = acc0_0;
  partial1[lid] = acc0_1;
  workgroupBarrier();
  if (lid < 128i) {
    partial0[lid] = partial0[lid] + partial0[lid + 128i];
    partial1[lid] = partial1[lid] + partial1[lid + 128i];
  }
  workgroupBarrier();
  if (lid < 64i) {
    partial0[lid] = partial0[lid] + partial0[lid + 64i];
    partial1[lid] = partial1[lid] + partial1[lid + 64i];
  }
  workgroupBarrier();
  if (lid < 32i) {
    partial0[lid] = partial0[lid] + partial0[lid + 32i];
    partial1[lid] = partial1[lid] + partial1[lid + 32i];
  }
  workgroupBarrier();
  if (lid < 16i) {
    partial0[lid] = partial0[lid] + partial0[lid + 16i];
    partial1[lid] = partial1[lid] + partial1[lid + 16i];
  }
  workgroupBarrier();
  if (lid < 8i) {
    partial0[lid] = partial0[lid] + partial0[lid + 8i];
    partial1[lid] = partial1[lid] + partial1[lid + 8i];
  }
  workgroupBarrier();
  if (lid < 4i) {
    partial0[lid] = partial0[lid] + partial0[lid + 4i];
    partial1[lid] = partial1[lid] + partial1[lid + 4i];
  }
  workgroupBarrier();
  if (lid < 2i) {
    partial0[lid] = partial0[lid] + partial0[lid + 2i];
    partial1[lid] = partial1[lid] + partial1[lid + 2i];
  }
  workgroupBarrier();
  if (lid < 1i) {
    partial0[lid] = partial0[lid] + partial0[lid + 1i];
    partial1[lid] = partial1[lid] + partial1[lid + 1i];
  }
  workgroupBarrier();
  let r0_0: f32 = partial0[0i];
  let r0_1: f32 = partial1[0i];
  if (lid == 0i) {
    let v732: f32 = -r0_0;
    t732[row] = v732;
    t735[row] = r0_1;
    let l712: f32 = t706[134208i + row];
    let l93: f32 = t93[row];
    let v737: f32 = l712 * l93;
    t737[row] = v737;
  }
}
