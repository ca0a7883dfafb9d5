// kernel k121f_reduce
@group(0) @binding(0) var<storage, read> t604: array<f32>;
@group(0) @binding(1) var<storage, read> t591: array<f32>;
@group(0) @binding(2) var<storage, read> t593: array<f32>;
@group(0) @binding(3) var<storage, read> t597: array<f32>;
@group(0) @binding(4) var<storage, read> t601: array<f32>;
@group(0) @binding(5) var<storage, read> t609: array<f32>;
@group(0) @binding(6) var<storage, read> t613: array<f32>;
@group(0) @binding(7) var<storage, read_write> t615: array<f32>;
var<workgroup> partial0: array<f32, 64>;
@compute @workgroup_size(64, 1, 1)
fn k121f_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  var acc0_0: f32 = 0.0f;
  for (var col: i32 = lid; col < 64i; col += 64i) {
    let x604: f32 = t604[col];
    acc0_0 += x604;
  }
  partial0[lid] = acc0_0;
  workgroupBarrier();
  if (lid < 32i) {
    partial0[lid] = partial0[lid] + partial0[lid + 32i];
  }
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
  if (lid == 0i) {
    let x591: f32 = t591[0i];
    let l594: f32 = t593[0i];
    let v595: f32 = x591 + l594;
    let l598: f32 = t597[0i];
    let v599: f32 = v595 + l598;
    let l602: f32 = t601[0i];
    let v603: f32 = v599 + l602;
    let v607: f32 = v603 + r0_0;
    let l610: f32 = t609[0i];
    let v611: f32 = v607 + l610;
    let l614: f32 = t613[0i];
    let v615: f32 = v611 + l614;
    t615[0i] = v615;
  }
}
