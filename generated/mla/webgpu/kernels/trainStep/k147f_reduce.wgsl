// kernel k147f_reduce
@group(0) @binding(0) var<storage, read> t680: array<f32>;
@group(0) @binding(1) var<storage, read> t671: array<f32>;
@group(0) @binding(2) var<storage, read> t673: array<f32>;
@group(0) @binding(3) var<storage, read> t677: array<f32>;
@group(0) @binding(4) var<storage, read> t685: array<f32>;
@group(0) @binding(5) var<storage, read> t689: array<f32>;
@group(0) @binding(6) var<storage, read> t693: array<f32>;
@group(0) @binding(7) var<storage, read_write> t695: array<f32>;
var<workgroup> partial0: array<f32, 64>;
@compute @workgroup_size(64, 1, 1)
fn k147f_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  var acc0_0: f32 = 0.0f;
  for (var col: i32 = lid; col < 64i; col += 64i) {
    let x680: f32 = t680[col];
    acc0_0 += x680;
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
    let x671: f32 = t671[0i];
    let l674: f32 = t673[0i];
    let v675: f32 = x671 + l674;
    let l678: f32 = t677[0i];
    let v679: f32 = v675 + l678;
    let v683: f32 = v679 + r0_0;
    let l686: f32 = t685[0i];
    let v687: f32 = v683 + l686;
    let l690: f32 = t689[0i];
    let v691: f32 = v687 + l690;
    let l694: f32 = t693[0i];
    let v695: f32 = v691 + l694;
    t695[0i] = v695;
  }
}
