// kernel k198i_reduce
@group(0) @binding(0) var<storage, read> t906: array<f32>;
@group(0) @binding(1) var<storage, read> t889: array<f32>;
@group(0) @binding(2) var<storage, read> t891: array<f32>;
@group(0) @binding(3) var<storage, read> t895: array<f32>;
@group(0) @binding(4) var<storage, read> t899: array<f32>;
@group(0) @binding(5) var<storage, read> t903: array<f32>;
@group(0) @binding(6) var<storage, read> t911: array<f32>;
@group(0) @binding(7) var<storage, read_write> t913: array<f32>;
var<workgroup> partial0: array<f32, 64>;
@compute @workgroup_size(64, 1, 1)
fn k198i_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  var acc0_0: f32 = 0.0f;
  for (var col: i32 = lid; col < 64i; col += 64i) {
    let x906: f32 = t906[col];
    acc0_0 += x906;
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
    let x889: f32 = t889[0i];
    let l892: f32 = t891[0i];
    let v893: f32 = x889 + l892;
    let l896: f32 = t895[0i];
    let v897: f32 = v893 + l896;
    let l900: f32 = t899[0i];
    let v901: f32 = v897 + l900;
    let l904: f32 = t903[0i];
    let v905: f32 = v901 + l904;
    let v909: f32 = v905 + r0_0;
    let l912: f32 = t911[0i];
    let v913: f32 = v909 + l912;
    t913[0i] = v913;
  }
}
