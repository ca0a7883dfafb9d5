// kernel k72_reduce
@group(0) @binding(0) var<storage, read> t419: array<f32>;
@group(0) @binding(1) var<storage, read> t102: array<f32>;
@group(0) @binding(2) var<storage, read> t392: array<f32>;
@group(0) @binding(3) var<storage, read> t107: array<f32>;
@group(0) @binding(4) var<storage, read_write> t435: array<f32>;
var<workgroup> partial0: array<f32, 64>;
@compute @workgroup_size(64, 1, 1)
fn k72_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  var acc0_0: f32 = 0.0f;
  for (var col: i32 = lid; col < 64i; col += 64i) {
    let l419: f32 = t419[row * 64i + col];
    let l102: f32 = t102[row * 64i + col];
    let v424: f32 = l419 * l102;
    acc0_0 += v424;
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
    let l392: f32 = t392[row * 64i + col_1];
    let l419_1: f32 = t419[row * 64i + col_1];
    let l108: f32 = t107[row];
    let v423: f32 = l419_1 * l108;
    let v433: f32 = l392 + v423;
    let l107: f32 = t107[row];
    let v426: f32 = l107 * l107;
    let v427: f32 = l107 * v426;
    let v428: f32 = v427 * -0.5f;
    let v429: f32 = r0_0 * v428;
    let v430: f32 = v429 * 0.015625f;
    let l102_1: f32 = t102[row * 64i + col_1];
    let v432: f32 = v430 * l102_1;
    let v434: f32 = v433 + v432;
    let v435: f32 = v434 + v432;
    t435[row * 64i + col_1] = v435;
  }
}
