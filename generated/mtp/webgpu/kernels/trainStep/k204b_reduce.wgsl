// kernel k204b_reduce
@group(0) @binding(0) var<storage, read> t1078: array<f32>;
@group(0) @binding(1) var<storage, read> t226: array<f32>;
@group(0) @binding(2) var<storage, read_write> t1081: array<f32>;
@group(0) @binding(3) var<storage, read_write> t1417: array<f32>;
@group(0) @binding(4) var<storage, read> t978: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1453: array<f32>;
@group(0) @binding(6) var<storage, read> t875: array<f32>;
@group(0) @binding(7) var<storage, read_write> t1489: array<f32>;
var<workgroup> partial0: array<f32, 256>;
@compute @workgroup_size(256, 1, 1)
fn k204b_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  var acc0_0: f32 = 0.0f;
  for (var col: i32 = lid; col < 1024i; col += 256i) {
    let l1078: f32 = t1078[row + col * 64i];
    let l226: f32 = t226[row + col * 64i];
    let v1080: f32 = l1078 * l226;
    acc0_0 += v1080;
  }
  partial0[lid] = acc0_0;
  workgroupBarrier();
  if (lid < 128i) {
    partial0[lid] = partial0[lid] + partial0[lid + 128i];
  }
  workgroupBarrier();
  if (lid < 64i) {
    partial0[lid] = partial0[lid] + partial0[lid + 64i];
  }
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
  if (lid == 0i) {
    t1081[row] = r0_0;
    let v1417: f32 = r0_0 * r0_0;
    t1417[row] = v1417;
    let x978: f32 = t978[row];
    let v1453: f32 = x978 * x978;
    t1453[row] = v1453;
    let x875: f32 = t875[row];
    let v1489: f32 = x875 * x875;
    t1489[row] = v1489;
  }
}
