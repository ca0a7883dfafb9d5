// kernel k134_reduce
@group(0) @binding(0) var<storage, read> t657: array<f32>;
@group(0) @binding(1) var<storage, read> t617: array<f32>;
@group(0) @binding(2) var<storage, read> t52: array<f32>;
@group(0) @binding(3) var<storage, read> t130: array<f32>;
@group(0) @binding(4) var<storage, read> t642: array<f32>;
@group(0) @binding(5) var<storage, read> t647: array<f32>;
@group(0) @binding(6) var<storage, read> t660: array<f32>;
@group(0) @binding(7) var<storage, read_write> t666: array<f32>;
var<workgroup> partial0: array<f32, 16>;
@compute @workgroup_size(16, 1, 1)
fn k134_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x) + (i32(loom_wid.y) + i32(loom_wid.z) * 2i) * 32768i;
  let lid: i32 = i32(loom_lid.x);
  var acc0_0: f32 = 0.0f;
  for (var col: i32 = lid; col < 16i; col += 16i) {
    let l657: f32 = t657[row / 256i * 4096i + row % 256i + col * 256i];
    let v658: f32 = -l657;
    acc0_0 += v658;
  }
  partial0[lid] = acc0_0;
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
  if (lid == 0i) {
    let l617: f32 = t617[row];
    let l77: f32 = t52[row];
    let v620: f32 = l617 * l77;
    let l130: f32 = t130[row];
    let v621: f32 = v620 * l130;
    let l642: f32 = t642[row];
    let v643: f32 = -l642;
    let v663: f32 = v621 + v643;
    let g: f32 = t647[row / 256i * 16i + row % 16i];
    let l649: f32 = select(0.0f, g, row / 16i % 16i + -15i >= 0i && row / 16i % 16i + -15i < 1i);
    let v664: f32 = v663 + l649;
    let v665: f32 = v664 + r0_0;
    let l662: f32 = t660[row];
    let v666: f32 = v665 + l662;
    t666[row] = v666;
  }
}
