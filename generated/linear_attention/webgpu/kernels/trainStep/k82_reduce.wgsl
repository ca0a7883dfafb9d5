// kernel k82_reduce
@group(0) @binding(0) var<storage, read> t478: array<f32>;
@group(0) @binding(1) var<storage, read> t119: array<f32>;
@group(0) @binding(2) var<storage, read> t124: array<f32>;
@group(0) @binding(3) var<storage, read> t457: array<f32>;
@group(0) @binding(4) var<storage, read_write> t499: array<f32>;
var<workgroup> partial0: array<f32, 64>;
@compute @workgroup_size(64, 1, 1)
fn k82_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  var acc0_0: f32 = 0.0f;
  for (var col: i32 = lid; col < 64i; col += 64i) {
    let l478: f32 = t478[row * 64i + col];
    let l119: f32 = t119[row * 64i + col];
    let v483: f32 = l478 * l119;
    acc0_0 += v483;
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
    let l478_1: f32 = t478[row * 64i + col_1];
    let l125: f32 = t124[row];
    let v482: f32 = l478_1 * l125;
    let l124: f32 = t124[row];
    let v485: f32 = l124 * l124;
    let v486: f32 = l124 * v485;
    let v487: f32 = v486 * -0.5f;
    let v488: f32 = r0_0 * v487;
    let v489: f32 = v488 * 0.015625f;
    let l119_1: f32 = t119[row * 64i + col_1];
    let v491: f32 = v489 * l119_1;
    let v492: f32 = v482 + v491;
    let v493: f32 = v492 + v491;
    let v494: f32 = -v493;
    acc1_0 += v494;
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
    let l457: f32 = t457[row * 64i + col_2];
    let l478_2: f32 = t478[row * 64i + col_2];
    let l125_1: f32 = t124[row];
    let v482_1: f32 = l478_2 * l125_1;
    let l124_1: f32 = t124[row];
    let v485_1: f32 = l124_1 * l124_1;
    let v486_1: f32 = l124_1 * v485_1;
    let v487_1: f32 = v486_1 * -0.5f;
    let v488_1: f32 = r0_0 * v487_1;
    let v489_1: f32 = v488_1 * 0.015625f;
    let l119_2: f32 = t119[row * 64i + col_2];
    let v491_1: f32 = v489_1 * l119_2;
    let v492_1: f32 = v482_1 + v491_1;
    let v493_1: f32 = v492_1 + v491_1;
    let v498: f32 = l457 + v493_1;
    let v496: f32 = r1_0 * 0.015625f;
    let v499: f32 = v498 + v496;
    t499[row * 64i + col_2] = v499;
  }
}
