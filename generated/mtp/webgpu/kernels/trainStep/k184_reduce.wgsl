// kernel k184_reduce
@group(0) @binding(0) var<storage, read> t1003: array<f32>;
@group(0) @binding(1) var<storage, read> t272: array<f32>;
@group(0) @binding(2) var<storage, read> t668: array<f32>;
@group(0) @binding(3) var<storage, read> t277: array<f32>;
@group(0) @binding(4) var<storage, read_write> t1019: array<f32>;
var<workgroup> partial0: array<f32, 64>;
@compute @workgroup_size(64, 1, 1)
fn k184_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  var acc0_0: f32 = 0.0f;
  for (var col: i32 = lid; col < 64i; col += 64i) {
    let l1003: f32 = t1003[row * 64i + col];
    let l272: f32 = t272[row * 64i + col];
    let v1008: f32 = l1003 * l272;
    acc0_0 += v1008;
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
  for (var col_1: i32 = lid; col_1 < 64i; col_1 += 64i) {
    let l987: f32 = t668[row * 256i + col_1];
    let l1003_1: f32 = t1003[row * 64i + col_1];
    let l278: f32 = t277[row];
    let v1007: f32 = l1003_1 * l278;
    let v1017: f32 = l987 + v1007;
    let l277: f32 = t277[row];
    let v1010: f32 = l277 * l277;
    let v1011: f32 = l277 * v1010;
    let v1012: f32 = v1011 * -0.5f;
    let v1013: f32 = r0_0 * v1012;
    let v1014: f32 = v1013 * 0.015625f;
    let l272_1: f32 = t272[row * 64i + col_1];
    let v1016: f32 = v1014 * l272_1;
    let v1018: f32 = v1017 + v1016;
    let v1019: f32 = v1018 + v1016;
    t1019[row * 64i + col_1] = v1019;
  }
}
