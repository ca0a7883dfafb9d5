// kernel k96_reduce
@group(0) @binding(0) var<storage, read> t469: array<f32>;
@group(0) @binding(1) var<storage, read> t167: array<f32>;
@group(0) @binding(2) var<storage, read> t172: array<f32>;
@group(0) @binding(3) var<storage, read> t435: array<f32>;
@group(0) @binding(4) var<storage, read_write> t490: array<f32>;
var<workgroup> partial0: array<f32, 64>;
@compute @workgroup_size(64, 1, 1)
fn k96_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  var acc0_0: f32 = 0.0f;
  for (var col: i32 = lid; col < 64i; col += 64i) {
    let l469: f32 = t469[row * 64i + col];
    let l167: f32 = t167[row * 64i + col];
    let v474: f32 = l469 * l167;
    acc0_0 += v474;
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
  workgroupBarrier();
  var acc1_0: f32 = 0.0f;
  for (var col_1: i32 = lid; col_1 < 64i; col_1 += 64i) {
    let l469_1: f32 = t469[row * 64i + col_1];
    let l173: f32 = t172[row];
    let v473: f32 = l469_1 * l173;
    let l172: f32 = t172[row];
    let v476: f32 = l172 * l172;
    let v477: f32 = l172 * v476;
    let v478: f32 = v477 * -0.5f;
    let v479: f32 = r0_0 * v478;
    let v480: f32 = v479 * 0.015625f;
    let l167_1: f32 = t167[row * 64i + col_1];
    let v482: f32 = v480 * l167_1;
    let v483: f32 = v473 + v482;
    let v484: f32 = v483 + v482;
    let v485: f32 = -v484;
    acc1_0 += v485;
  }
  partial0[lid] = acc1_0;
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
  let r1_0: f32 = partial0[0i];
  for (var col_2: i32 = lid; col_2 < 64i; col_2 += 64i) {
    let l435: f32 = t435[row * 64i + col_2];
    let l469_2: f32 = t469[row * 64i + col_2];
    let l173_1: f32 = t172[row];
    let v473_1: f32 = l469_2 * l173_1;
    let l172_1: f32 = t172[row];
    let v476_1: f32 = l172_1 * l172_1;
    let v477_1: f32 = l172_1 * v476_1;
    let v478_1: f32 = v477_1 * -0.5f;
    let v479_1: f32 = r0_0 * v478_1;
    let v480_1: f32 = v479_1 * 0.015625f;
    let l167_2: f32 = t167[row * 64i + col_2];
    let v482_1: f32 = v480_1 * l167_2;
    let v483_1: f32 = v473_1 + v482_1;
    let v484_1: f32 = v483_1 + v482_1;
    let v489: f32 = l435 + v484_1;
    let v487: f32 = r1_0 * 0.015625f;
    let v490: f32 = v489 + v487;
    t490[row * 64i + col_2] = v490;
  }
}
