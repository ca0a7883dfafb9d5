// kernel k71_reduce
@group(0) @binding(0) var<storage, read> t385: array<f32>;
@group(0) @binding(1) var<storage, read> t99: array<f32>;
@group(0) @binding(2) var<storage, read> t367: array<f32>;
@group(0) @binding(3) var<storage, read> t104: array<f32>;
@group(0) @binding(4) var<storage, read_write> t401: array<f32>;
var<workgroup> partial0: array<f32, 64>;
@compute @workgroup_size(64, 1, 1)
fn k71_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  var acc0_0: f32 = 0.0f;
  for (var col: i32 = lid; col < 64i; col += 64i) {
    let l385: f32 = t385[row * 64i + col];
    let l99: f32 = t99[row * 64i + col];
    let v390: f32 = l385 * l99;
    acc0_0 += v390;
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
    let l367: f32 = t367[row * 64i + col_1];
    let l385_1: f32 = t385[row * 64i + col_1];
    let l105: f32 = t104[row];
    let v389: f32 = l385_1 * l105;
    let v399: f32 = l367 + v389;
    let l104: f32 = t104[row];
    let v392: f32 = l104 * l104;
    let v393: f32 = l104 * v392;
    let v394: f32 = v393 * -0.5f;
    let v395: f32 = r0_0 * v394;
    let v396: f32 = v395 * 0.015625f;
    let l99_1: f32 = t99[row * 64i + col_1];
    let v398: f32 = v396 * l99_1;
    let v400: f32 = v399 + v398;
    let v401: f32 = v400 + v398;
    t401[row * 64i + col_1] = v401;
  }
}
