// kernel k177e_reduce
@group(0) @binding(0) var<storage, read> t758: array<f32>;
@group(0) @binding(1) var<storage, read> t756: array<f32>;
@group(0) @binding(2) var<storage, read> t763: array<f32>;
@group(0) @binding(3) var<storage, read> t767: array<f32>;
@group(0) @binding(4) var<storage, read> t771: array<f32>;
@group(0) @binding(5) var<storage, read> t775: array<f32>;
@group(0) @binding(6) var<storage, read> t779: array<f32>;
@group(0) @binding(7) var<storage, read_write> t781: array<f32>;
var<workgroup> partial0: array<f32, 64>;
@compute @workgroup_size(64, 1, 1)
fn k177e_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  var acc0_0: f32 = 0.0f;
  for (var col: i32 = lid; col < 64i; col += 64i) {
    let x758: f32 = t758[col];
    acc0_0 += x758;
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
    let l757: f32 = t756[0i];
    let v761: f32 = l757 + r0_0;
    let l764: f32 = t763[0i];
    let v765: f32 = v761 + l764;
    let l768: f32 = t767[0i];
    let v769: f32 = v765 + l768;
    let l772: f32 = t771[0i];
    let v773: f32 = v769 + l772;
    let l776: f32 = t775[0i];
    let v777: f32 = v773 + l776;
    let l780: f32 = t779[0i];
    let v781: f32 = v777 + l780;
    t781[0i] = v781;
  }
}
