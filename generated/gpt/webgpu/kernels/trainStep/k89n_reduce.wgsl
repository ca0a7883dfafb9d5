// kernel k89n_reduce
@group(0) @binding(0) var<storage, read> t631: array<f32>;
@group(0) @binding(1) var<storage, read> t643: array<f32>;
@group(0) @binding(2) var<storage, read> t647: array<f32>;
@group(0) @binding(3) var<storage, read> t630: array<f32>;
@group(0) @binding(4) var<storage, read> t636: array<f32>;
@group(0) @binding(5) var<storage, read> t640: array<f32>;
@group(0) @binding(6) var<storage, read> t652: array<f32>;
@group(0) @binding(7) var<storage, read_write> t654: array<f32>;
var<workgroup> partial0: array<f32, 64>;
var<workgroup> partial1: array<f32, 64>;
var<workgroup> partial2: array<f32, 64>;
@compute @workgroup_size(64, 1, 1)
fn k89n_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  var acc0_0: f32 = 0.0f;
  var acc0_1: f32 = 0.0f;
  var acc0_2: f32 = 0.0f;
  for (var col: i32 = lid; col < 64i; col += 64i) {
    let x631: f32 = t631[col];
    let x643: f32 = t643[col];
    let x647: f32 = t647[col];
    acc0_0 += x631;
    acc0_1 += x643;
    acc0_2 += x647;
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
    let x630: f32 = t630[0i];
    let v634: f32 = x630 + r0_0;
    let l637: f32 = t636[0i];
    let v638: f32 = v634 + l637;
    let l641: f32 = t640[0i];
    let v642: f32 = v638 + l641;
    let v646: f32 = v642 + r0_1;
    let v650: f32 = v646 + r0_2;
    let l653: f32 = t652[0i];
    let v654: f32 = v650 + l653;
    t654[0i] = v654;
  }
}
