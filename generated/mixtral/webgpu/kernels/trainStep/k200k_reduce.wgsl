// kernel k200k_reduce
@group(0) @binding(0) var<storage, read> t977: array<f32>;
@group(0) @binding(1) var<storage, read> t968: array<f32>;
@group(0) @binding(2) var<storage, read> t970: array<f32>;
@group(0) @binding(3) var<storage, read> t974: array<f32>;
@group(0) @binding(4) var<storage, read> t982: array<f32>;
@group(0) @binding(5) var<storage, read_write> t985: array<f32>;
@group(0) @binding(6) var<storage, read_write> t989: array<f32>;
var<workgroup> partial0: array<f32, 64>;
@compute @workgroup_size(64, 1, 1)
fn k200k_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  var acc0_0: f32 = 0.0f;
  for (var col: i32 = lid; col < 64i; col += 64i) {
    let x977: f32 = t977[col];
    acc0_0 += x977;
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
    let x968: f32 = t968[0i];
    let l971: f32 = t970[0i];
    let v972: f32 = x968 + l971;
    let l975: f32 = t974[0i];
    let v976: f32 = v972 + l975;
    let v980: f32 = v976 + r0_0;
    let l983: f32 = t982[0i];
    let v984: f32 = v980 + l983;
    let v985: f32 = sqrt(v984);
    t985[0i] = v985;
    let v987: f32 = v985 + 0.000001f;
    let v988: f32 = 1.0f / v987;
    let v989: f32 = min(v988, 1.0f);
    t989[0i] = v989;
  }
}
