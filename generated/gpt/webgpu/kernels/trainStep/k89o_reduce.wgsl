// kernel k89o_reduce
@group(0) @binding(0) var<storage, read> t667: array<f32>;
@group(0) @binding(1) var<storage, read> t671: array<f32>;
@group(0) @binding(2) var<storage, read> t654: array<f32>;
@group(0) @binding(3) var<storage, read> t656: array<f32>;
@group(0) @binding(4) var<storage, read> t660: array<f32>;
@group(0) @binding(5) var<storage, read> t664: array<f32>;
@group(0) @binding(6) var<storage, read_write> t675: array<f32>;
@group(0) @binding(7) var<storage, read_write> t679: array<f32>;
var<workgroup> partial0: array<f32, 64>;
var<workgroup> partial1: array<f32, 64>;
@compute @workgroup_size(64, 1, 1)
fn k89o_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  var acc0_0: f32 = 0.0f;
  var acc0_1: f32 = 0.0f;
  for (var col: i32 = lid; col < 64i; col += 64i) {
    let x667: f32 = t667[col];
    let x671: f32 = t671[col];
    acc0_0 += x667;
    acc0_1 += x671;
  }
  partial0[lid] = acc0_0;
  partial1[lid] = acc0_1;
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
    let x654: f32 = t654[0i];
    let l657: f32 = t656[0i];
    let v658: f32 = x654 + l657;
    let l661: f32 = t660[0i];
    let v662: f32 = v658 + l661;
    let l665: f32 = t664[0i];
    let v666: f32 = v662 + l665;
    let v670: f32 = v666 + r0_0;
    let v674: f32 = v670 + r0_1;
    let v675: f32 = sqrt(v674);
    t675[0i] = v675;
    let v677: f32 = v675 + 0.000001f;
    let v678: f32 = 1.0f / v677;
    let v679: f32 = min(v678, 1.0f);
    t679[0i] = v679;
  }
}
