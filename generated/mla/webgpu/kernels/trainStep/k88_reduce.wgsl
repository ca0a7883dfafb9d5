// kernel k88_reduce
@group(0) @binding(0) var<storage, read> t452: array<f32>;
@group(0) @binding(1) var<storage, read> t152: array<f32>;
@group(0) @binding(2) var<storage, read> t346: array<f32>;
@group(0) @binding(3) var<storage, read> t157: array<f32>;
@group(0) @binding(4) var<storage, read_write> t468: array<f32>;
var<workgroup> partial0: array<f32, 64>;
@compute @workgroup_size(64, 1, 1)
fn k88_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  var acc0_0: f32 = 0.0f;
  for (var col: i32 = lid; col < 64i; col += 64i) {
    let l452: f32 = t452[row * 64i + col];
    let l152: f32 = t152[row * 64i + col];
    let v457: f32 = l452 * l152;
    acc0_0 += v457;
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
    let l346: f32 = t346[row * 64i + col_1];
    let l452_1: f32 = t452[row * 64i + col_1];
    let l158: f32 = t157[row];
    let v456: f32 = l452_1 * l158;
    let v466: f32 = l346 + v456;
    let l157: f32 = t157[row];
    let v459: f32 = l157 * l157;
    let v460: f32 = l157 * v459;
    let v461: f32 = v460 * -0.5f;
    let v462: f32 = r0_0 * v461;
    let v463: f32 = v462 * 0.015625f;
    let l152_1: f32 = t152[row * 64i + col_1];
    let v465: f32 = v463 * l152_1;
    let v467: f32 = v466 + v465;
    let v468: f32 = v467 + v465;
    t468[row * 64i + col_1] = v468;
  }
}
