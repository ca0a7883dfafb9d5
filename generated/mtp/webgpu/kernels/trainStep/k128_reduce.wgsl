// kernel k128_reduce
@group(0) @binding(0) var<storage, read> t797: array<f32>;
@group(0) @binding(1) var<storage, read> t400: array<f32>;
@group(0) @binding(2) var<storage, read> t668: array<f32>;
@group(0) @binding(3) var<storage, read> t405: array<f32>;
@group(0) @binding(4) var<storage, read_write> t813: array<f32>;
var<workgroup> partial0: array<f32, 64>;
@compute @workgroup_size(64, 1, 1)
fn k128_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  var acc0_0: f32 = 0.0f;
  for (var col: i32 = lid; col < 64i; col += 64i) {
    let l797: f32 = t797[row * 64i + col];
    let l400: f32 = t400[row * 64i + col];
    let v802: f32 = l797 * l400;
    acc0_0 += v802;
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
    let l781: f32 = t668[128i + row * 256i + col_1];
    let l797_1: f32 = t797[row * 64i + col_1];
    let l406: f32 = t405[row];
    let v801: f32 = l797_1 * l406;
    let v811: f32 = l781 + v801;
    let l405: f32 = t405[row];
    let v804: f32 = l405 * l405;
    let v805: f32 = l405 * v804;
    let v806: f32 = v805 * -0.5f;
    let v807: f32 = r0_0 * v806;
    let v808: f32 = v807 * 0.015625f;
    let l400_1: f32 = t400[row * 64i + col_1];
    let v810: f32 = v808 * l400_1;
    let v812: f32 = v811 + v810;
    let v813: f32 = v812 + v810;
    t813[row * 64i + col_1] = v813;
  }
}
