// kernel k177j_reduce
@group(0) @binding(0) var<storage, read> t878: array<f32>;
@group(0) @binding(1) var<storage, read> t877: array<f32>;
@group(0) @binding(2) var<storage, read> t883: array<f32>;
@group(0) @binding(3) var<storage, read_write> t886: array<f32>;
@group(0) @binding(4) var<storage, read_write> t890: array<f32>;
var<workgroup> partial0: array<f32, 64>;
@compute @workgroup_size(64, 1, 1)
fn k177j_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  var acc0_0: f32 = 0.0f;
  for (var col: i32 = lid; col < 64i; col += 64i) {
    let x878: f32 = t878[col];
    acc0_0 += x878;
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
    let x877: f32 = t877[0i];
    let v881: f32 = x877 + r0_0;
    let l884: f32 = t883[0i];
    let v885: f32 = v881 + l884;
    let v886: f32 = sqrt(v885);
    t886[0i] = v886;
    let v888: f32 = v886 + 0.000001f;
    let v889: f32 = 1.0f / v888;
    let v890: f32 = min(v889, 1.0f);
    t890[0i] = v890;
  }
}
