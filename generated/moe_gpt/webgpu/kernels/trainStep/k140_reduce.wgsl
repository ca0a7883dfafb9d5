// kernel k140_reduce
@group(0) @binding(0) var<storage, read> t587: array<f32>;
@group(0) @binding(1) var<storage, read> t229: array<f32>;
@group(0) @binding(2) var<storage, read> t688: array<f32>;
@group(0) @binding(3) var<storage, read> t527: array<f32>;
@group(0) @binding(4) var<storage, read> t234: array<f32>;
@group(0) @binding(5) var<storage, read> t629: array<f32>;
@group(0) @binding(6) var<storage, read_write> t705: array<f32>;
var<workgroup> partial0: array<f32, 64>;
var<workgroup> partial1: array<f32, 64>;
@compute @workgroup_size(64, 1, 1)
fn k140_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  var acc0_0: f32 = 0.0f;
  var acc0_1: f32 = 0.0f;
  for (var col: i32 = lid; col < 64i; col += 64i) {
    let l587: f32 = t587[row * 64i + col];
    let l229: f32 = t229[row * 64i + col];
    let v592: f32 = l587 * l229;
    let l688: f32 = t688[row * 64i + col];
    let v693: f32 = l688 * l229;
    acc0_0 += v592;
    acc0_1 += v693;
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
    let l527: f32 = t527[row * 64i + col_1];
    let l587_1: f32 = t587[row * 64i + col_1];
    let l235: f32 = t234[row];
    let v591: f32 = l587_1 * l235;
    let v699: f32 = l527 + v591;
    let l234: f32 = t234[row];
    let v594: f32 = l234 * l234;
    let v595: f32 = l234 * v594;
    let v596: f32 = v595 * -0.5f;
    let v597: f32 = r0_0 * v596;
    let v598: f32 = v597 * 0.015625f;
    let l229_1: f32 = t229[row * 64i + col_1];
    let v600: f32 = v598 * l229_1;
    let v700: f32 = v699 + v600;
    let v701: f32 = v700 + v600;
    let l629: f32 = t629[row * 64i + col_1];
    let v702: f32 = v701 + l629;
    let l688_1: f32 = t688[row * 64i + col_1];
    let v692: f32 = l688_1 * l235;
    let v703: f32 = v702 + v692;
    let v695: f32 = r0_1 * v596;
    let v696: f32 = v695 * 0.015625f;
    let v698: f32 = v696 * l229_1;
    let v704: f32 = v703 + v698;
    let v705: f32 = v704 + v698;
    t705[row * 64i + col_1] = v705;
  }
}
