// kernel k125g_reduce
@group(0) @binding(0) var<storage, read> t652: array<f32>;
@group(0) @binding(1) var<storage, read> t656: array<f32>;
@group(0) @binding(2) var<storage, read> t647: array<f32>;
@group(0) @binding(3) var<storage, read> t649: array<f32>;
@group(0) @binding(4) var<storage, read> t661: array<f32>;
@group(0) @binding(5) var<storage, read> t665: array<f32>;
@group(0) @binding(6) var<storage, read> t669: array<f32>;
@group(0) @binding(7) var<storage, read_write> t671: array<f32>;
var<workgroup> partial0: array<f32, 64>;
var<workgroup> partial1: array<f32, 64>;
@compute @workgroup_size(64, 1, 1)
fn k125g_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  var acc0_0: f32 = 0.0f;
  var acc0_1: f32 = 0.0f;
  for (var col: i32 = lid; col < 64i; col += 64i) {
    let x652: f32 = t652[col];
    let x656: f32 = t656[col];
    acc0_0 += x652;
    acc0_1 += x656;
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
    let x647: f32 = t647[0i];
    let l650: f32 = t649[0i];
    let v651: f32 = x647 + l650;
    let v655: f32 = v651 + r0_0;
    let v659: f32 = v655 + r0_1;
    let l662: f32 = t661[0i];
    let v663: f32 = v659 + l662;
    let l666: f32 = t665[0i];
    let v667: f32 = v663 + l666;
    let l670: f32 = t669[0i];
    let v671: f32 = v667 + l670;
    t671[0i] = v671;
  }
}
