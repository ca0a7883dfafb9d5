// kernel k91n_reduce
@group(0) @binding(0) var<storage, read> t588: array<f32>;
@group(0) @binding(1) var<storage, read> t600: array<f32>;
@group(0) @binding(2) var<storage, read> t604: array<f32>;
@group(0) @binding(3) var<storage, read> t587: array<f32>;
@group(0) @binding(4) var<storage, read> t593: array<f32>;
@group(0) @binding(5) var<storage, read> t597: array<f32>;
@group(0) @binding(6) var<storage, read> t609: array<f32>;
@group(0) @binding(7) var<storage, read_write> t611: array<f32>;
var<workgroup> partial0: array<f32, 64>;
var<workgroup> partial1: array<f32, 64>;
var<workgroup> partial2: array<f32, 64>;
@compute @workgroup_size(64, 1, 1)
fn k91n_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  var acc0_0: f32 = 0.0f;
  var acc0_1: f32 = 0.0f;
  var acc0_2: f32 = 0.0f;
  for (var col: i32 = lid; col < 64i; col += 64i) {
    let x588: f32 = t588[col];
    let x600: f32 = t600[col];
    let x604: f32 = t604[col];
    acc0_0 += x588;
    acc0_1 += x600;
    acc0_2 += x604;
  }
  partial0[lid] = acc0_0;
  partial1[lid] = acc0_1;
  partial2[lid] = acc0_2;
  workgroupBarrier();
  if (lid < 32i) {
    partial0[lid] = partial0[lid] + partial0[lid + 32i];
    partial1[lid] = partial1[lid] + partial1[lid + 32i];
    partial2[lid] = partial2[lid] + partial2[lid + 32i];
  }
  workgroupBarrier();
  if (lid < 16i) {
    partial0[lid] = partial0[lid] + partial0[lid + 16i];
    partial1[lid] = partial1[lid] + partial1[lid + 16i];
    partial2[lid] = partial2[lid] + partial2[lid + 16i];
  }
  workgroupBarrier();
  if (lid < 8i) {
    partial0[lid] = partial0[lid] + partial0[lid + 8i];
    partial1[lid] = partial1[lid] + partial1[lid + 8i];
    partial2[lid] = partial2[lid] + partial2[lid + 8i];
  }
  workgroupBarrier();
  if (lid < 4i) {
    partial0[lid] = partial0[lid] + partial0[lid + 4i];
    partial1[lid] = partial1[lid] + partial1[lid + 4i];
    partial2[lid] = partial2[lid] + partial2[lid + 4i];
  }
  workgroupBarrier();
  if (lid < 2i) {
    partial0[lid] = partial0[lid] + partial0[lid + 2i];
    partial1[lid] = partial1[lid] + partial1[lid + 2i];
    partial2[lid] = partial2[lid] + partial2[lid + 2i];
  }
  workgroupBarrier();
  if (lid < 1i) {
    partial0[lid] = partial0[lid] + partial0[lid + 1i];
    partial1[lid] = partial1[lid] + partial1[lid + 1i];
    partial2[lid] = partial2[lid] + partial2[lid + 1i];
  }
  workgroupBarrier();
  let r0_0: f32 = partial0[0i];
  let r0_1: f32 = partial1[0i];
  let r0_2: f32 = partial2[0i];
  if (lid == 0i) {
    let x587: f32 = t587[0i];
    let v591: f32 = x587 + r0_0;
    let l594: f32 = t593[0i];
    let v595: f32 = v591 + l594;
    let l598: f32 = t597[0i];
    let v599: f32 = v595 + l598;
    let v603: f32 = v599 + r0_1;
    let v607: f32 = v603 + r0_2;
    let l610: f32 = t609[0i];
    let v611: f32 = v607 + l610;
    t611[0i] = v611;
  }
}
