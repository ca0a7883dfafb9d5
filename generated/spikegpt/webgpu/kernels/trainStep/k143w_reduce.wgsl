// kernel k143w_reduce
@group(0) @binding(0) var<storage, read> t979: array<f32>;
@group(0) @binding(1) var<storage, read> t983: array<f32>;
@group(0) @binding(2) var<storage, read> t970: array<f32>;
@group(0) @binding(3) var<storage, read> t972: array<f32>;
@group(0) @binding(4) var<storage, read> t976: array<f32>;
@group(0) @binding(5) var<storage, read> t988: array<f32>;
@group(0) @binding(6) var<storage, read_write> t991: array<f32>;
@group(0) @binding(7) var<storage, read_write> t995: array<f32>;
var<workgroup> partial0: array<f32, 64>;
var<workgroup> partial1: array<f32, 64>;
@compute @workgroup_size(64, 1, 1)
fn k143w_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  var acc0_0: f32 = 0.0f;
  var acc0_1: f32 = 0.0f;
  for (var col: i32 = lid; col < 64i; col += 64i) {
    let x979: f32 = t979[col];
    let x983: f32 = t983[col];
    acc0_0 += x979;
    acc0_1 += x983;
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
    let x970: f32 = t970[0i];
    let l973: f32 = t972[0i];
    let v974: f32 = x970 + l973;
    let l977: f32 = t976[0i];
    let v978: f32 = v974 + l977;
    let v982: f32 = v978 + r0_0;
    let v986: f32 = v982 + r0_1;
    let l989: f32 = t988[0i];
    let v990: f32 = v986 + l989;
    let v991: f32 = sqrt(v990);
    t991[0i] = v991;
    let v993: f32 = v991 + 0.000001f;
    let v994: f32 = 1.0f / v993;
    let v995: f32 = min(v994, 1.0f);
    t995[0i] = v995;
  }
}
