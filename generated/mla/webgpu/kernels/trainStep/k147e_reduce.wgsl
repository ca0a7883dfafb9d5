// kernel k147e_reduce
@group(0) @binding(0) var<storage, read> t648: array<f32>;
@group(0) @binding(1) var<storage, read> t646: array<f32>;
@group(0) @binding(2) var<storage, read> t653: array<f32>;
@group(0) @binding(3) var<storage, read> t657: array<f32>;
@group(0) @binding(4) var<storage, read> t661: array<f32>;
@group(0) @binding(5) var<storage, read> t665: array<f32>;
@group(0) @binding(6) var<storage, read> t669: array<f32>;
@group(0) @binding(7) var<storage, read_write> t671: array<f32>;
var<workgroup> partial0: array<f32, 64>;
@compute @workgroup_size(64, 1, 1)
fn k147e_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  var acc0_0: f32 = 0.0f;
  for (var col: i32 = lid; col < 64i; col += 64i) {
    let x648: f32 = t648[col];
    acc0_0 += x648;
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
    let l647: f32 = t646[0i];
    let v651: f32 = l647 + r0_0;
    let l654: f32 = t653[0i];
    let v655: f32 = v651 + l654;
    let l658: f32 = t657[0i];
    let v659: f32 = v655 + l658;
    let l662: f32 = t661[0i];
    let v663: f32 = v659 + l662;
    let l666: f32 = t665[0i];
    let v667: f32 = v663 + l666;
    let l670: f32 = t669[0i];
    let v671: f32 = v667 + l670;
    t671[0i] = v671;
  }
}
