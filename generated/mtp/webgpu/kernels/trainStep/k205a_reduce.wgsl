// kernel k205a_reduce
@group(0) @binding(0) var<storage, read> t767: array<f32>;
@group(0) @binding(1) var<storage, read> t219: array<f32>;
@group(0) @binding(2) var<storage, read> t224: array<f32>;
@group(0) @binding(3) var<storage, read_write> t771: array<f32>;
@group(0) @binding(4) var<storage, read> t873: array<f32>;
@group(0) @binding(5) var<storage, read_write> t877: array<f32>;
@group(0) @binding(6) var<storage, read_write> t780: array<f32>;
@group(0) @binding(7) var<storage, read_write> t776: array<f32>;
var<workgroup> partial0: array<f32, 64>;
@compute @workgroup_size(64, 1, 1)
fn k205a_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  var acc0_0: f32 = 0.0f;
  for (var col: i32 = lid; col < 64i; col += 64i) {
    let l767: f32 = t767[row * 64i + col];
    let l219: f32 = t219[row * 64i + col];
    let v772: f32 = l767 * l219;
    let l225: f32 = t224[row];
    let v771: f32 = l767 * l225;
    t771[row * 64i + col] = v771;
    let l873: f32 = t873[row * 64i + col];
    let v877: f32 = l873 * l225;
    t877[row * 64i + col] = v877;
    acc0_0 += v772;
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
    let l224: f32 = t224[row];
    let v774: f32 = l224 * l224;
    let v775: f32 = l224 * v774;
    let v776: f32 = v775 * -0.5f;
    let v777: f32 = r0_0 * v776;
    let v778: f32 = v777 * 0.015625f;
    let l219_1: f32 = t219[row * 64i + col_1];
    let v780: f32 = v778 * l219_1;
    t780[row * 64i + col_1] = v780;
  }
  if (lid == 0i) {
    let l224_1: f32 = t224[row];
    let v774_1: f32 = l224_1 * l224_1;
    let v775_1: f32 = l224_1 * v774_1;
    let v776_1: f32 = v775_1 * -0.5f;
    t776[row] = v776_1;
  }
}
