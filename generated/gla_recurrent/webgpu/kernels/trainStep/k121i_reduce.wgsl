// kernel k121i_reduce
@group(0) @binding(0) var<storage, read> t638: array<f32>;
@group(0) @binding(1) var<storage, read> t629: array<f32>;
@group(0) @binding(2) var<storage, read> t631: array<f32>;
@group(0) @binding(3) var<storage, read> t635: array<f32>;
@group(0) @binding(4) var<storage, read> t643: array<f32>;
@group(0) @binding(5) var<storage, read> t647: array<f32>;
@group(0) @binding(6) var<storage, read> t651: array<f32>;
@group(0) @binding(7) var<storage, read_write> t653: array<f32>;
var<workgroup> partial0: array<f32, 64>;
@compute @workgroup_size(64, 1, 1)
fn k121i_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  var acc0_0: f32 = 0.0f;
  for (var col: i32 = lid; col < 64i; col += 64i) {
    let x638: f32 = t638[col];
    acc0_0 += x638;
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
    let x629: f32 = t629[0i];
    let l632: f32 = t631[0i];
    let v633: f32 = x629 + l632;
    let l636: f32 = t635[0i];
    let v637: f32 = v633 + l636;
    let v641: f32 = v637 + r0_0;
    let l644: f32 = t643[0i];
    let v645: f32 = v641 + l644;
    let l648: f32 = t647[0i];
    let v649: f32 = v645 + l648;
    let l652: f32 = t651[0i];
    let v653: f32 = v649 + l652;
    t653[0i] = v653;
  }
}
