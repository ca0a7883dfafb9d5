// kernel k167_reduce
@group(0) @binding(0) var<storage, read> t763: array<f32>;
@group(0) @binding(1) var<storage, read> t106: array<f32>;
@group(0) @binding(2) var<storage, read> t868: array<f32>;
@group(0) @binding(3) var<storage, read> t705: array<f32>;
@group(0) @binding(4) var<storage, read> t111: array<f32>;
@group(0) @binding(5) var<storage, read_write> t779: array<f32>;
@group(0) @binding(6) var<storage, read_write> t880: array<f32>;
var<workgroup> partial0: array<f32, 64>;
var<workgroup> partial1: array<f32, 64>;
@compute @workgroup_size(64, 1, 1)
fn k167_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  var acc0_0: f32 = 0.0f;
  var acc0_1: f32 = 0.0f;
  for (var col: i32 = lid; col < 64i; col += 64i) {
    let l763: f32 = t763[row * 64i + col];
    let l106: f32 = t106[row * 64i + col];
    let v768: f32 = l763 * l106;
    let l868: f32 = t868[row * 64i + col];
    let v873: f32 = l868 * l106;
    acc0_0 += v768;
    acc0_1 += v873;
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
  for (var col_1: i32 = lid; col_1 < 64i; col_1 += 64i) {
    let l705: f32 = t705[row * 64i + col_1];
    let l763_1: f32 = t763[row * 64i + col_1];
    let l112: f32 = t111[row];
    let v767: f32 = l763_1 * l112;
    let v777: f32 = l705 + v767;
    let l111: f32 = t111[row];
    let v770: f32 = l111 * l111;
    let v771: f32 = l111 * v770;
    let v772: f32 = v771 * -0.5f;
    let v773: f32 = r0_0 * v772;
    let v774: f32 = v773 * 0.015625f;
    let l106_1: f32 = t106[row * 64i + col_1];
    let v776: f32 = v774 * l106_1;
    let v778: f32 = v777 + v776;
    let v779: f32 = v778 + v776;
    t779[row * 64i + col_1] = v779;
    let l868_1: f32 = t868[row * 64i + col_1];
    let v872: f32 = l868_1 * l112;
    let v875: f32 = r0_1 * v772;
    let v876: f32 = v875 * 0.015625f;
    let v878: f32 = v876 * l106_1;
    let v879: f32 = v872 + v878;
    let v880: f32 = v879 + v878;
    t880[row * 64i + col_1] = v880;
  }
}
