// kernel k89e_reduce
@group(0) @binding(0) var<storage, read> t482: array<f32>;
@group(0) @binding(1) var<storage, read> t54: array<f32>;
@group(0) @binding(2) var<storage, read_write> t487: array<f32>;
@group(0) @binding(3) var<storage, read_write> t539: array<f32>;
@group(0) @binding(4) var<storage, read> t483: array<f32>;
@group(0) @binding(5) var<storage, read_write> t543: array<f32>;
@group(0) @binding(6) var<storage, read> t477: array<f32>;
@group(0) @binding(7) var<storage, read_write> t551: array<f32>;
var<workgroup> partial0: array<f32, 256>;
@compute @workgroup_size(256, 1, 1)
fn k89e_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  var acc0_0: f32 = 0.0f;
  for (var col: i32 = lid; col < 1024i; col += 256i) {
    let l482: f32 = t482[row + col * 64i];
    let l54: f32 = t54[row + col * 64i];
    let v486: f32 = l482 * l54;
    acc0_0 += v486;
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
    t487[row] = r0_0;
    let v539: f32 = r0_0 * r0_0;
    t539[row] = v539;
    let x483: f32 = t483[row];
    let v543: f32 = x483 * x483;
    t543[row] = v543;
    let x477: f32 = t477[row];
    let v551: f32 = x477 * x477;
    t551[row] = v551;
  }
}
