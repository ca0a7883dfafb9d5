// kernel k205b_reduce
@group(0) @binding(0) var<storage, read> t873: array<f32>;
@group(0) @binding(1) var<storage, read> t219: array<f32>;
@group(0) @binding(2) var<storage, read> t976: array<f32>;
@group(0) @binding(3) var<storage, read> t224: array<f32>;
@group(0) @binding(4) var<storage, read_write> t980: array<f32>;
@group(0) @binding(5) var<storage, read> t776: array<f32>;
@group(0) @binding(6) var<storage, read_write> t883: array<f32>;
@group(0) @binding(7) var<storage, read_write> t986: array<f32>;
var<workgroup> partial0: array<f32, 64>;
var<workgroup> partial1: array<f32, 64>;
@compute @workgroup_size(64, 1, 1)
fn k205b_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  var acc0_0: f32 = 0.0f;
  var acc0_1: f32 = 0.0f;
  for (var col: i32 = lid; col < 64i; col += 64i) {
    let l873: f32 = t873[row * 64i + col];
    let l219: f32 = t219[row * 64i + col];
    let v878: f32 = l873 * l219;
    let l976: f32 = t976[row * 64i + col];
    let v981: f32 = l976 * l219;
    let l225: f32 = t224[row];
    let v980: f32 = l976 * l225;
    t980[row * 64i + col] = v980;
    acc0_0 += v878;
    acc0_1 += v981;
  }
  partial0[lid] = acc0_0;
  partial1[lid] = acc0_1;
  workgroupBarrier();
  if (lid < 32i) {
    partial0[lid] = partial0[lid] + partial0[lid + 32i];
    partial1[lid] = partial1[lid] + partial1[lid + 32i];
  }
  workgroupBarrier();
  if (lid < 16i) {
    partial0[lid] = partial0[lid] + partial0[lid + 16i];
    partial1[lid] = partial1[lid] + partial1[lid + 16i];
  }
  workgroupBarrier();
  if (lid < 8i) {
    partial0[lid] = partial0[lid] + partial0[lid + 8i];
    partial1[lid] = partial1[lid] + partial1[lid + 8i];
  }
  workgroupBarrier();
  if (lid < 4i) {
    partial0[lid] = partial0[lid] + partial0[lid + 4i];
    partial1[lid] = partial1[lid] + partial1[lid + 4i];
  }
  workgroupBarrier();
  if (lid < 2i) {
    partial0[lid] = partial0[lid] + partial0[lid + 2i];
    partial1[lid] = partial1[lid] + partial1[lid + 2i];
  }
  workgroupBarrier();
  if (lid < 1i) {
    partial0[lid] = partial0[lid] + partial0[lid + 1i];
    partial1[lid] = partial1[lid] + partial1[lid + 1i];
  }
  workgroupBarrier();
  let r0_0: f32 = partial0[0i];
  let r0_1: f32 = partial1[0i];
  for (var col_1: i32 = lid; col_1 < 64i; col_1 += 64i) {
    let x776: f32 = t776[row];
    let v880: f32 = r0_0 * x776;
    let v881: f32 = v880 * 0.015625f;
    let l219_1: f32 = t219[row * 64i + col_1];
    let v883: f32 = v881 * l219_1;
    t883[row * 64i + col_1] = v883;
    let v983: f32 = r0_1 * x776;
    let v984: f32 = v983 * 0.015625f;
    let v986: f32 = v984 * l219_1;
    t986[row * 64i + col_1] = v986;
  }
}
