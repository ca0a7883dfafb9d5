// kernel k177i_reduce
@group(0) @binding(0) var<storage, read> t862: array<f32>;
@group(0) @binding(1) var<storage, read> t853: array<f32>;
@group(0) @binding(2) var<storage, read> t855: array<f32>;
@group(0) @binding(3) var<storage, read> t859: array<f32>;
@group(0) @binding(4) var<storage, read> t867: array<f32>;
@group(0) @binding(5) var<storage, read> t871: array<f32>;
@group(0) @binding(6) var<storage, read> t875: array<f32>;
@group(0) @binding(7) var<storage, read_write> t877: array<f32>;
var<workgroup> partial0: array<f32, 64>;
@compute @workgroup_size(64, 1, 1)
fn k177i_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  var acc0_0: f32 = 0.0f;
  for (var col: i32 = lid; col < 64i; col += 64i) {
    let x862: f32 = t862[col];
    acc0_0 += x862;
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
    let x853: f32 = t853[0i];
    let l856: f32 = t855[0i];
    let v857: f32 = x853 + l856;
    let l860: f32 = t859[0i];
    let v861: f32 = v857 + l860;
    let v865: f32 = v861 + r0_0;
    let l868: f32 = t867[0i];
    let v869: f32 = v865 + l868;
    let l872: f32 = t871[0i];
    let v873: f32 = v869 + l872;
    let l876: f32 = t875[0i];
    let v877: f32 = v873 + l876;
    t877[0i] = v877;
  }
}
