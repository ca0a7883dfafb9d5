// kernel k205c_reduce
@group(0) @binding(0) var<storage, read> t1079: array<f32>;
@group(0) @binding(1) var<storage, read> t219: array<f32>;
@group(0) @binding(2) var<storage, read> t224: array<f32>;
@group(0) @binding(3) var<storage, read_write> t1083: array<f32>;
@group(0) @binding(4) var<storage, read> t776: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1089: array<f32>;
var<workgroup> partial0: array<f32, 64>;
@compute @workgroup_size(64, 1, 1)
fn k205c_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  var acc0_0: f32 = 0.0f;
  for (var col: i32 = lid; col < 64i; col += 64i) {
    let l1079: f32 = t1079[row * 64i + col];
    let l219: f32 = t219[row * 64i + col];
    let v1084: f32 = l1079 * l219;
    let l225: f32 = t224[row];
    let v1083: f32 = l1079 * l225;
    t1083[row * 64i + col] = v1083;
    acc0_0 += v1084;
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
    let x776: f32 = t776[row];
    let v1086: f32 = r0_0 * x776;
    let v1087: f32 = v1086 * 0.015625f;
    let l219_1: f32 = t219[row * 64i + col_1];
    let v1089: f32 = v1087 * l219_1;
    t1089[row * 64i + col_1] = v1089;
  }
}
