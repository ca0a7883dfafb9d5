// kernel k117t_reduce
@group(0) @binding(0) var<storage, read> t821: array<f32>;
@group(0) @binding(1) var<storage, read> t825: array<f32>;
@group(0) @binding(2) var<storage, read> t804: array<f32>;
@group(0) @binding(3) var<storage, read> t806: array<f32>;
@group(0) @binding(4) var<storage, read> t810: array<f32>;
@group(0) @binding(5) var<storage, read> t814: array<f32>;
@group(0) @binding(6) var<storage, read> t818: array<f32>;
@group(0) @binding(7) var<storage, read_write> t828: array<f32>;
var<workgroup> partial0: array<f32, 64>;
var<workgroup> partial1: array<f32, 64>;
@compute @workgroup_size(64, 1, 1)
fn k117t_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  var acc0_0: f32 = 0.0f;
  var acc0_1: f32 = 0.0f;
  for (var col: i32 = lid; col < 64i; col += 64i) {
    let x821: f32 = t821[col];
    let x825: f32 = t825[col];
    acc0_0 += x821;
    acc0_1 += x825;
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
    let x804: f32 = t804[0i];
    let l807: f32 = t806[0i];
    let v808: f32 = x804 + l807;
    let l811: f32 = t810[0i];
    let v812: f32 = v808 + l811;
    let l815: f32 = t814[0i];
    let v816: f32 = v812 + l815;
    let l819: f32 = t818[0i];
    let v820: f32 = v816 + l819;
    let v824: f32 = v820 + r0_0;
    let v828: f32 = v824 + r0_1;
    t828[0i] = v828;
  }
}
