// kernel k139_reduce
@group(0) @binding(0) var<storage, read> t665: array<f32>;
@group(0) @binding(1) var<storage, read> t100: array<f32>;
@group(0) @binding(2) var<storage, read> t770: array<f32>;
@group(0) @binding(3) var<storage, read> t623: array<f32>;
@group(0) @binding(4) var<storage, read> t105: array<f32>;
@group(0) @binding(5) var<storage, read_write> t681: array<f32>;
@group(0) @binding(6) var<storage, read_write> t782: array<f32>;
var<workgroup> partial0: array<f32, 64>;
var<workgroup> partial1: array<f32, 64>;
@compute @workgroup_size(64, 1, 1)
fn k139_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  var acc0_0: f32 = 0.0f;
  var acc0_1: f32 = 0.0f;
  for (var col: i32 = lid; col < 64i; col += 64i) {
    let l665: f32 = t665[row * 64i + col];
    let l100: f32 = t100[row * 64i + col];
    let v670: f32 = l665 * l100;
    let l770: f32 = t770[row * 64i + col];
    let v775: f32 = l770 * l100;
    acc0_0 += v670;
    acc0_1 += v775;
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
    let l623: f32 = t623[row * 64i + col_1];
    let l665_1: f32 = t665[row * 64i + col_1];
    let l106: f32 = t105[row];
    let v669: f32 = l665_1 * l106;
    let v679: f32 = l623 + v669;
    let l105: f32 = t105[row];
    let v672: f32 = l105 * l105;
    let v673: f32 = l105 * v672;
    let v674: f32 = v673 * -0.5f;
    let v675: f32 = r0_0 * v674;
    let v676: f32 = v675 * 0.015625f;
    let l100_1: f32 = t100[row * 64i + col_1];
    let v678: f32 = v676 * l100_1;
    let v680: f32 = v679 + v678;
    let v681: f32 = v680 + v678;
    t681[row * 64i + col_1] = v681;
    let l770_1: f32 = t770[row * 64i + col_1];
    let v774: f32 = l770_1 * l106;
    let v777: f32 = r0_1 * v674;
    let v778: f32 = v777 * 0.015625f;
    let v780: f32 = v778 * l100_1;
    let v781: f32 = v774 + v780;
    let v782: f32 = v781 + v780;
    t782[row * 64i + col_1] = v782;
  }
}
