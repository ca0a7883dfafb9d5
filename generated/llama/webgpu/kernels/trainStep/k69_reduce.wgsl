// kernel k69_reduce
@group(0) @binding(0) var<storage, read> t380: array<f32>;
@group(0) @binding(1) var<storage, read> t96: array<f32>;
@group(0) @binding(2) var<storage, read> t362: array<f32>;
@group(0) @binding(3) var<storage, read> t101: array<f32>;
@group(0) @binding(4) var<storage, read_write> t396: array<f32>;
var<workgroup> partial0: array<f32, 64>;
@compute @workgroup_size(64, 1, 1)
fn k69_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  var acc0_0: f32 = 0.0f;
  for (var col: i32 = lid; col < 64i; col += 64i) {
    let l380: f32 = t380[row * 64i + col];
    let l96: f32 = t96[row * 64i + col];
    let v385: f32 = l380 * l96;
    acc0_0 += v385;
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
    let l362: f32 = t362[row * 64i + col_1];
    let l380_1: f32 = t380[row * 64i + col_1];
    let l102: f32 = t101[row];
    let v384: f32 = l380_1 * l102;
    let v394: f32 = l362 + v384;
    let l101: f32 = t101[row];
    let v387: f32 = l101 * l101;
    let v388: f32 = l101 * v387;
    let v389: f32 = v388 * -0.5f;
    let v390: f32 = r0_0 * v389;
    let v391: f32 = v390 * 0.015625f;
    let l96_1: f32 = t96[row * 64i + col_1];
    let v393: f32 = v391 * l96_1;
    let v395: f32 = v394 + v393;
    let v396: f32 = v395 + v393;
    t396[row * 64i + col_1] = v396;
  }
}
