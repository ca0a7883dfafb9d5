// kernel k147i_reduce
@group(0) @binding(0) var<storage, read> t754: array<f32>;
@group(0) @binding(1) var<storage, read> t753: array<f32>;
@group(0) @binding(2) var<storage, read> t759: array<f32>;
@group(0) @binding(3) var<storage, read_write> t762: array<f32>;
@group(0) @binding(4) var<storage, read_write> t766: array<f32>;
var<workgroup> partial0: array<f32, 64>;
@compute @workgroup_size(64, 1, 1)
fn k147i_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  var acc0_0: f32 = 0.0f;
  for (var col: i32 = lid; col < 64i; col += 64i) {
    let x754: f32 = t754[col];
    acc0_0 += x754;
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
    let x753: f32 = t753[0i];
    let v757: f32 = x753 + r0_0;
    let l760: f32 = t759[0i];
    let v761: f32 = v757 + l760;
    let v762: f32 = sqrt(v761);
    t762[0i] = v762;
    let v764: f32 = v762 + 0.000001f;
    let v765: f32 = 1.0f / v764;
    let v766: f32 = min(v765, 1.0f);
    t766[0i] = v766;
  }
}
