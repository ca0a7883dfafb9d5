// kernel k121g_reduce
@group(0) @binding(0) var<storage, read> t624: array<f32>;
@group(0) @binding(1) var<storage, read> t615: array<f32>;
@group(0) @binding(2) var<storage, read> t617: array<f32>;
@group(0) @binding(3) var<storage, read> t621: array<f32>;
@group(0) @binding(4) var<storage, read> t629: array<f32>;
@group(0) @binding(5) var<storage, read> t633: array<f32>;
@group(0) @binding(6) var<storage, read> t637: array<f32>;
@group(0) @binding(7) var<storage, read_write> t639: array<f32>;
var<workgroup> partial0: array<f32, 64>;
@compute @workgroup_size(64, 1, 1)
fn k121g_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  var acc0_0: f32 = 0.0f;
  for (var col: i32 = lid; col < 64i; col += 64i) {
    let x624: f32 = t624[col];
    acc0_0 += x624;
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
  if (lid == 0i) {
    let x615: f32 = t615[0i];
    let l618: f32 = t617[0i];
    let v619: f32 = x615 + l618;
    let l622: f32 = t621[0i];
    let v623: f32 = v619 + l622;
    let v627: f32 = v623 + r0_0;
    let l630: f32 = t629[0i];
    let v631: f32 = v627 + l630;
    let l634: f32 = t633[0i];
    let v635: f32 = v631 + l634;
    let l638: f32 = t637[0i];
    let v639: f32 = v635 + l638;
    t639[0i] = v639;
  }
}
