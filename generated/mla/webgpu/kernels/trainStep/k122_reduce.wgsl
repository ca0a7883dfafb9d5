// kernel k122_reduce
@group(0) @binding(0) var<storage, read> t587: array<f32>;
@group(0) @binding(1) var<storage, read> t42: array<f32>;
@group(0) @binding(2) var<storage, read> t48: array<f32>;
@group(0) @binding(3) var<storage, read_write> t602: array<f32>;
var<workgroup> partial0: array<f32, 32>;
@compute @workgroup_size(32, 1, 1)
fn k122_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  var acc0_0: f32 = 0.0f;
  for (var col: i32 = lid; col < 32i; col += 32i) {
    let l587: f32 = t587[row * 32i + col];
    let l42: f32 = t42[row * 32i + col];
    let v592: f32 = l587 * l42;
    acc0_0 += v592;
  }
  partial0[lid] = acc0_0;
  workgroupBarrier();
  if (lid < 16i) {
    partial0[lid] = partial0[lid] + partial0[lid + 16i];
  }
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
  for (var col_1: i32 = lid; col_1 < 32i; col_1 += 32i) {
    let l587_1: f32 = t587[row * 32i + col_1];
    let l49: f32 = t48[row];
    let v591: f32 = l587_1 * l49;
    let l48: f32 = t48[row];
    let v594: f32 = l48 * l48;
    let v595: f32 = l48 * v594;
    let v596: f32 = v595 * -0.5f;
    let v597: f32 = r0_0 * v596;
    let v598: f32 = v597 * 0.03125f;
    let l42_1: f32 = t42[row * 32i + col_1];
    let v600: f32 = v598 * l42_1;
    let v601: f32 = v591 + v600;
    let v602: f32 = v601 + v600;
    t602[row * 32i + col_1] = v602;
  }
}
