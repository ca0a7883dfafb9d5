// kernel k200i_reduce
@group(0) @binding(0) var<storage, read> t937: array<f32>;
@group(0) @binding(1) var<storage, read> t920: array<f32>;
@group(0) @binding(2) var<storage, read> t922: array<f32>;
@group(0) @binding(3) var<storage, read> t926: array<f32>;
@group(0) @binding(4) var<storage, read> t930: array<f32>;
@group(0) @binding(5) var<storage, read> t934: array<f32>;
@group(0) @binding(6) var<storage, read> t942: array<f32>;
@group(0) @binding(7) var<storage, read_write> t944: array<f32>;
var<workgroup> partial0: array<f32, 64>;
@compute @workgroup_size(64, 1, 1)
fn k200i_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  var acc0_0: f32 = 0.0f;
  for (var col: i32 = lid; col < 64i; col += 64i) {
    let x937: f32 = t937[col];
    acc0_0 += x937;
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
    let x920: f32 = t920[0i];
    let l923: f32 = t922[0i];
    let v924: f32 = x920 + l923;
    let l927: f32 = t926[0i];
    let v928: f32 = v924 + l927;
    let l931: f32 = t930[0i];
    let v932: f32 = v928 + l931;
    let l935: f32 = t934[0i];
    let v936: f32 = v932 + l935;
    let v940: f32 = v936 + r0_0;
    let l943: f32 = t942[0i];
    let v944: f32 = v940 + l943;
    t944[0i] = v944;
  }
}
