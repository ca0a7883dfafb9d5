// kernel k71a_reduce
@group(0) @binding(0) var<storage, read> t488: array<f32>;
@group(0) @binding(1) var<storage, read> t171: array<f32>;
@group(0) @binding(2) var<storage, read> t176: array<f32>;
@group(0) @binding(3) var<storage, read> t409: array<f32>;
@group(0) @binding(4) var<storage, read_write> t509: array<f32>;
@group(0) @binding(5) var<storage, read> t165: array<f32>;
@group(0) @binding(6) var<storage, read_write> t510: array<f32>;
var<workgroup> partial0: array<f32, 64>;
@compute @workgroup_size(64, 1, 1)
fn k71a_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  var acc0_0: f32 = 0.0f;
  for (var col: i32 = lid; col < 64i; col += 64i) {
    let l488: f32 = t488[row * 64i + col];
    let l171: f32 = t171[row * 64i + col];
    let v493: f32 = l488 * l171;
    acc0_0 += v493;
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
    let l488_1: f32 = t488[row * 64i + col_1];
    let l177: f32 = t176[row];
    let v492: f32 = l488_1 * l177;
    let l176: f32 = t176[row];
    let v495: f32 = l176 * l176;
    let v496: f32 = l176 * v495;
    let v497: f32 = v496 * -0.5f;
    let v498: f32 = r0_0 * v497;
    let v499: f32 = v498 * 0.015625f;
    let l171_1: f32 = t171[row * 64i + col_1];
    let v501: f32 = v499 * l171_1;
    let v502: f32 = v492 + v501;
    let v503: f32 = v502 + v501;
    let v504: f32 = -v503;
    acc1_0 += v504;
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
    let l409: f32 = t409[row * 64i + col_2];
    let l488_2: f32 = t488[row * 64i + col_2];
    let l177_1: f32 = t176[row];
    let v492_1: f32 = l488_2 * l177_1;
    let l176_1: f32 = t176[row];
    let v495_1: f32 = l176_1 * l176_1;
    let v496_1: f32 = l176_1 * v495_1;
    let v497_1: f32 = v496_1 * -0.5f;
    let v498_1: f32 = r0_0 * v497_1;
    let v499_1: f32 = v498_1 * 0.015625f;
    let l171_2: f32 = t171[row * 64i + col_2];
    let v501_1: f32 = v499_1 * l171_2;
    let v502_1: f32 = v492_1 + v501_1;
    let v503_1: f32 = v502_1 + v501_1;
    let v508: f32 = l409 + v503_1;
    let v506: f32 = r1_0 * 0.015625f;
    let v509: f32 = v508 + v506;
    t509[row * 64i + col_2] = v509;
    let l165: f32 = t165[row * 64i + col_2];
    let v510: f32 = v509 * l165;
    t510[row * 64i + col_2] = v510;
  }
}
