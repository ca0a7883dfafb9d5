// kernel k121g_reduce
@group(0) @binding(0) var<storage, read> t594: array<f32>;
@group(0) @binding(1) var<storage, read> t581: array<f32>;
@group(0) @binding(2) var<storage, read> t583: array<f32>;
@group(0) @binding(3) var<storage, read> t587: array<f32>;
@group(0) @binding(4) var<storage, read> t591: array<f32>;
@group(0) @binding(5) var<storage, read> t599: array<f32>;
@group(0) @binding(6) var<storage, read> t603: array<f32>;
@group(0) @binding(7) var<storage, read_write> t605: array<f32>;
var<workgroup> partial0: array<f32, 64>;
@compute @workgroup_size(64, 1, 1)
fn k121g_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  var acc0_0: f32 = 0.0f;
  for (var col: i32 = lid; col < 64i; col += 64i) {
    let x594: f32 = t594[col];
    acc0_0 += x594;
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
    let x581: f32 = t581[0i];
    let l584: f32 = t583[0i];
    let v585: f32 = x581 + l584;
    let l588: f32 = t587[0i];
    let v589: f32 = v585 + l588;
    let l592: f32 = t591[0i];
    let v593: f32 = v589 + l592;
    let v597: f32 = v593 + r0_0;
    let l600: f32 = t599[0i];
    let v601: f32 = v597 + l600;
    let l604: f32 = t603[0i];
    let v605: f32 = v601 + l604;
    t605[0i] = v605;
  }
}
