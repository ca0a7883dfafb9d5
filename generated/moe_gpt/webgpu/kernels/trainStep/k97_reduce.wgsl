// kernel k97_reduce (compiler/std/moe.loom:57:16)
@group(0) @binding(0) var<storage, read> t295: array<f32>;
@group(0) @binding(1) var<storage, read> t499: array<f32>;
@group(0) @binding(2) var<storage, read> t503: array<f32>;
@group(0) @binding(3) var<storage, read_write> t504: array<f32>;
@group(0) @binding(4) var<storage, read> t603: array<f32>;
@group(0) @binding(5) var<storage, read_write> t324: array<f32>;
@group(0) @binding(6) var<storage, read_write> t613: array<f32>;
var<workgroup> partial0: array<f32, 8>;
@compute @workgroup_size(8, 1, 1)
fn k97_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  var acc0_0: f32 = 0.0f;
  for (var col: i32 = lid; col < 8i; col += 8i) {
    let l295: f32 = t295[row * 8i + col];
    let l500: f32 = t499[row * 8i + col];
    let l503: f32 = t503[row * 8i + col];
    let v504: f32 = l500 * l503;
    t504[row * 8i + col] = v504;
    acc0_0 += l295;
  }
  partial0[lid] = acc0_0;
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
  for (var col_1: i32 = lid; col_1 < 8i; col_1 += 8i) {
    let l605: f32 = t603[col_1];
    let l295_1: f32 = t295[row * 8i + col_1];
    let v324: f32 = l295_1 / r0_0;
    let v607: f32 = l605 * v324;
    let v608: f32 = v607 / r0_0;
    let v609: f32 = -v608;
    t324[row * 8i + col_1] = v324;
    acc1_0 += v609;
  }
  partial0[lid] = acc1_0;
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
  for (var col_2: i32 = lid; col_2 < 8i; col_2 += 8i) {
    let l605_1: f32 = t603[col_2];
    let v606: f32 = l605_1 / r0_0;
    let v612: f32 = v606 + r1_0;
    let l503_1: f32 = t503[row * 8i + col_2];
    let v613: f32 = v612 * l503_1;
    t613[row * 8i + col_2] = v613;
  }
}
