// kernel k78_reduce
@group(0) @binding(0) var<storage, read> t414: array<f32>;
@group(0) @binding(1) var<storage, read> t209: array<f32>;
@group(0) @binding(2) var<storage, read> t214: array<f32>;
@group(0) @binding(3) var<storage, read_write> t429: array<f32>;
@group(0) @binding(4) var<storage, read_write> t432: array<f32>;
var<workgroup> partial0: array<f32, 64>;
@compute @workgroup_size(64, 1, 1)
fn k78_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  var acc0_0: f32 = 0.0f;
  for (var col: i32 = lid; col < 64i; col += 64i) {
    let l414: f32 = t414[row * 64i + col];
    let l209: f32 = t209[row * 64i + col];
    let v419: f32 = l414 * l209;
    acc0_0 += v419;
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
    let l414_1: f32 = t414[row * 64i + col_1];
    let l215: f32 = t214[row];
    let v418: f32 = l414_1 * l215;
    let l214: f32 = t214[row];
    let v421: f32 = l214 * l214;
    let v422: f32 = l214 * v421;
    let v423: f32 = v422 * -0.5f;
    let v424: f32 = r0_0 * v423;
    let v425: f32 = v424 * 0.015625f;
    let l209_1: f32 = t209[row * 64i + col_1];
    let v427: f32 = v425 * l209_1;
    let v428: f32 = v418 + v427;
    let v429: f32 = v428 + v427;
    let v430: f32 = -v429;
    t429[row * 64i + col_1] = v429;
    acc1_0 += v430;
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
  if (lid == 0i) {
    let v432: f32 = r1_0 * 0.015625f;
    t432[row] = v432;
  }
}
