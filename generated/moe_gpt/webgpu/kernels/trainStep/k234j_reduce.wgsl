// kernel k234j_reduce
@group(0) @binding(0) var<storage, read> t1027: array<f32>;
@group(0) @binding(1) var<storage, read> t1022: array<f32>;
@group(0) @binding(2) var<storage, read> t1024: array<f32>;
@group(0) @binding(3) var<storage, read> t1032: array<f32>;
@group(0) @binding(4) var<storage, read> t1036: array<f32>;
@group(0) @binding(5) var<storage, read> t1040: array<f32>;
@group(0) @binding(6) var<storage, read> t1044: array<f32>;
@group(0) @binding(7) var<storage, read_write> t1046: array<f32>;
var<workgroup> partial0: array<f32, 64>;
@compute @workgroup_size(64, 1, 1)
fn k234j_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  var acc0_0: f32 = 0.0f;
  for (var col: i32 = lid; col < 64i; col += 64i) {
    let x1027: f32 = t1027[col];
    acc0_0 += x1027;
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
    let x1022: f32 = t1022[0i];
    let l1025: f32 = t1024[0i];
    let v1026: f32 = x1022 + l1025;
    let v1030: f32 = v1026 + r0_0;
    let l1033: f32 = t1032[0i];
    let v1034: f32 = v1030 + l1033;
    let l1037: f32 = t1036[0i];
    let v1038: f32 = v1034 + l1037;
    let l1041: f32 = t1040[0i];
    let v1042: f32 = v1038 + l1041;
    let l1045: f32 = t1044[0i];
    let v1046: f32 = v1042 + l1045;
    t1046[0i] = v1046;
  }
}
