// kernel k121e_reduce
@group(0) @binding(0) var<storage, read> t568: array<f32>;
@group(0) @binding(1) var<storage, read> t588: array<f32>;
@group(0) @binding(2) var<storage, read> t566: array<f32>;
@group(0) @binding(3) var<storage, read> t573: array<f32>;
@group(0) @binding(4) var<storage, read> t577: array<f32>;
@group(0) @binding(5) var<storage, read> t581: array<f32>;
@group(0) @binding(6) var<storage, read> t585: array<f32>;
@group(0) @binding(7) var<storage, read_write> t591: array<f32>;
var<workgroup> partial0: array<f32, 64>;
var<workgroup> partial1: array<f32, 64>;
@compute @workgroup_size(64, 1, 1)
fn k121e_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  var acc0_0: f32 = 0.0f;
  var acc0_1: f32 = 0.0f;
  for (var col: i32 = lid; col < 64i; col += 64i) {
    let x568: f32 = t568[col];
    let x588: f32 = t588[col];
    acc0_0 += x568;
    acc0_1 += x588;
  }
  partial0[lid] = acc0_0;
  partial1[lid] = acc0_1;
  workgroupBarrier();
  if (lid < 32i) {
    partial0[lid] = partial0[lid] + partial0[lid + 32i];
    partial1[lid] = partial1[lid] + partial1[lid + 32i];
  }
  workgroupBarrier();
  if (lid < 16i) {
    partial0[lid] = partial0[lid] + partial0[lid + 16i];
    partial1[lid] = partial1[lid] + partial1[lid + 16i];
  }
  workgroupBarrier();
  if (lid < 8i) {
    partial0[lid] = partial0[lid] + partial0[lid + 8i];
    partial1[lid] = partial1[lid] + partial1[lid + 8i];
  }
  workgroupBarrier();
  if (lid < 4i) {
    partial0[lid] = partial0[lid] + partial0[lid + 4i];
    partial1[lid] = partial1[lid] + partial1[lid + 4i];
  }
  workgroupBarrier();
  if (lid < 2i) {
    partial0[lid] = partial0[lid] + partial0[lid + 2i];
    partial1[lid] = partial1[lid] + partial1[lid + 2i];
  }
  workgroupBarrier();
  if (lid < 1i) {
    partial0[lid] = partial0[lid] + partial0[lid + 1i];
    partial1[lid] = partial1[lid] + partial1[lid + 1i];
  }
  workgroupBarrier();
  let r0_0: f32 = partial0[0i];
  let r0_1: f32 = partial1[0i];
  if (lid == 0i) {
    let l567: f32 = t566[0i];
    let v571: f32 = l567 + r0_0;
    let l574: f32 = t573[0i];
    let v575: f32 = v571 + l574;
    let l578: f32 = t577[0i];
    let v579: f32 = v575 + l578;
    let l582: f32 = t581[0i];
    let v583: f32 = v579 + l582;
    let l586: f32 = t585[0i];
    let v587: f32 = v583 + l586;
    let v591: f32 = v587 + r0_1;
    t591[0i] = v591;
  }
}
