// kernel k143v_reduce
@group(0) @binding(0) var<storage, read> t959: array<f32>;
@group(0) @binding(1) var<storage, read> t963: array<f32>;
@group(0) @binding(2) var<storage, read> t946: array<f32>;
@group(0) @binding(3) var<storage, read> t948: array<f32>;
@group(0) @binding(4) var<storage, read> t952: array<f32>;
@group(0) @binding(5) var<storage, read> t956: array<f32>;
@group(0) @binding(6) var<storage, read> t968: array<f32>;
@group(0) @binding(7) var<storage, read_write> t970: array<f32>;
var<workgroup> partial0: array<f32, 64>;
var<workgroup> partial1: array<f32, 64>;
@compute @workgroup_size(64, 1, 1)
fn k143v_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  var acc0_0: f32 = 0.0f;
  var acc0_1: f32 = 0.0f;
  for (var col: i32 = lid; col < 64i; col += 64i) {
    let x959: f32 = t959[col];
    let x963: f32 = t963[col];
    acc0_0 += x959;
    acc0_1 += x963;
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
  if (lid == 0i) {
    let x946: f32 = t946[0i];
    let l949: f32 = t948[0i];
    let v950: f32 = x946 + l949;
    let l953: f32 = t952[0i];
    let v954: f32 = v950 + l953;
    let l957: f32 = t956[0i];
    let v958: f32 = v954 + l957;
    let v962: f32 = v958 + r0_0;
    let v966: f32 = v962 + r0_1;
    let l969: f32 = t968[0i];
    let v970: f32 = v966 + l969;
    t970[0i] = v970;
  }
}
