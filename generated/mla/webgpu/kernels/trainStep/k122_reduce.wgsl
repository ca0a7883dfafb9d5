// kernel k122_reduce
@group(0) @binding(0) var<storage, read> t597: array<f32>;
@group(0) @binding(1) var<storage, read> t42: array<f32>;
@group(0) @binding(2) var<storage, read> t48: array<f32>;
@group(0) @binding(3) var<storage, read_write> t612: array<f32>;
var<workgroup> partial0: array<f32, 32>;
@compute @workgroup_size(32, 1, 1)
fn k122_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  var acc0_0: f32 = 0.0f;
  for (var col: i32 = lid; col < 32i; col += 32i) {
    let l597: f32 = t597[row * 32i + col];
    let l42: f32 = t42[row * 32i + col];
    let v602: f32 = l597 * l42;
    acc0_0 += v602;
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
    let l597_1: f32 = t597[row * 32i + col_1];
    let l49: f32 = t48[row];
    let v601: f32 = l597_1 * l49;
    let l48: f32 = t48[row];
    let v604: f32 = l48 * l48;
    let v605: f32 = l48 * v604;
    let v606: f32 = v605 * -0.5f;
    let v607: f32 = r0_0 * v606;
    let v608: f32 = v607 * 0.03125f;
    let l42_1: f32 = t42[row * 32i + col_1];
    let v610: f32 = v608 * l42_1;
    let v611: f32 = v601 + v610;
    let v612: f32 = v611 + v610;
    t612[row * 32i + col_1] = v612;
  }
}
